package no.jobbstotte.statisticspublisher.statistics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.jobbstotte.shared.domain.County;
import no.jobbstotte.shared.domain.Municipalities;
import no.jobbstotte.shared.domain.Municipality;

/**
 * The regions statistics are published for, in publication order: the whole country, every
 * county, then every municipality. A municipality number missing from the reference data (a
 * retired number, a typing error) is counted in "Uoppgitt kommune" under "Uoppgitt fylke", so the
 * counties always add up to the country and nothing is silently dropped.
 */
public final class Geography {

    public static final String COUNTRY = "0";
    public static final String UNKNOWN_COUNTY = "99";
    public static final String UNKNOWN_MUNICIPALITY = "9999";

    private final List<Region> regions;
    private final Map<String, Integer> municipalityIndex;
    private final int unknownMunicipality;

    private Geography(List<Region> regions) {
        this.regions = List.copyOf(regions);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < regions.size(); i++) {
            if (regions.get(i).level() == Region.Level.MUNICIPALITY) {
                index.put(regions.get(i).code(), i);
            }
        }
        this.municipalityIndex = Map.copyOf(index);
        this.unknownMunicipality = index.get(UNKNOWN_MUNICIPALITY);
    }

    public static Geography of(Municipalities reference) {
        List<Municipality> municipalities = new ArrayList<>();
        reference.counties().forEach(c -> municipalities.addAll(reference.inCounty(c.number())));
        return of(reference.counties(), municipalities);
    }

    /** From explicit lists (tests use a small country); municipalities must belong to the counties. */
    public static Geography of(List<County> counties, List<Municipality> municipalities) {
        List<Region> regions = new ArrayList<>();
        regions.add(new Region(Region.Level.COUNTRY, COUNTRY, "Hele landet", Region.NONE));
        Map<String, Integer> countyIndex = new HashMap<>();
        for (County county : counties) {
            countyIndex.put(county.number(), regions.size());
            regions.add(new Region(Region.Level.COUNTY, county.number(), county.name(), 0));
        }
        int unknownCounty = regions.size();
        regions.add(new Region(Region.Level.COUNTY, UNKNOWN_COUNTY, "Uoppgitt fylke", 0));
        for (Municipality m : municipalities) {
            Integer parent = countyIndex.get(m.county().number());
            if (parent == null) {
                throw new IllegalArgumentException("Municipality " + m.number() + " has no county in the list");
            }
            regions.add(new Region(Region.Level.MUNICIPALITY, m.number(), m.name(), parent));
        }
        regions.add(new Region(Region.Level.MUNICIPALITY, UNKNOWN_MUNICIPALITY, "Uoppgitt kommune", unknownCounty));
        return new Geography(regions);
    }

    public List<Region> regions() {
        return regions;
    }

    public int size() {
        return regions.size();
    }

    public Region get(int index) {
        return regions.get(index);
    }

    /** The index of a municipality, or of "Uoppgitt kommune" for an unknown or missing number. */
    public int municipality(String number) {
        return number == null ? unknownMunicipality : municipalityIndex.getOrDefault(number, unknownMunicipality);
    }
}
