package no.jobbstotte.statisticspublisher.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import no.jobbstotte.shared.domain.County;
import no.jobbstotte.shared.domain.Municipality;
import org.junit.jupiter.api.Test;

class ProtectionTest {

    private static final County ROGALAND = new County("11", "Rogaland");
    private static final County MORE = new County("15", "Møre og Romsdal");
    static final Geography TINY = Geography.of(List.of(ROGALAND, MORE), List.of(
            new Municipality("1101", "Eigersund", ROGALAND), new Municipality("1103", "Stavanger", ROGALAND),
            new Municipality("1106", "Haugesund", ROGALAND), new Municipality("1505", "Kristiansund", MORE),
            new Municipality("1506", "Molde", MORE)));
    private static final Measure COUNT = Measure.count("henviste", "Henviste", "personer");

    /** One year, every region: the region tree only. */
    private static CountCube year(Map<String, Long> municipalities) {
        CountCube cube = new CountCube(List.of(COUNT), TINY, List.of(Period.year(2026)), (m, level, kind) -> true, List.of());
        municipalities.forEach((code, n) -> cube.add(0, TINY.municipality(code), Period.year(2026), n));
        return cube;
    }

    private static BitSet all(CountCube cube) {
        BitSet cells = new BitSet();
        cells.set(0, cube.size());
        return cells;
    }

    private static String hidden(CountCube cube) {
        StringBuilder keys = new StringBuilder();
        for (int cell = 0; cell < cube.size(); cell++) {
            if (cube.isHidden(cell)) {
                keys.append(cube.geography().get(cube.regionOf(cell)).code()).append(' ');
            }
        }
        return keys.toString().trim();
    }

    /** The exact range a reader can compute for a cell, as {low, high}. */
    private static long[] range(CountCube cube, String region) {
        SumForest forest = new SumForest(cube.sums());
        long[] low = new long[cube.size()];
        long[] high = new long[cube.size()];
        for (int cell = 0; cell < cube.size(); cell++) {
            low[cell] = cube.isHidden(cell) ? 0 : cube.value(cell);
            high[cell] = cube.isHidden(cell) ? SumForest.INFINITY : cube.value(cell);
        }
        forest.trees().forEach(tree -> forest.narrow(tree, low, high));
        int cell = cube.cellOf("henviste|" + region + "|2026");
        return new long[] {low[cell], high[cell]};
    }

    @Test
    void protect_smallCountHidden_zerosPublished_andTheSmallestSiblingThatWidensItEnoughCovers() {
        CountCube cube = year(Map.of("1101", 20L, "1103", 3L, "1106", 0L, "1505", 12L, "1506", 7L));

        Protection.protect(cube, all(cube));

        // Hiding the zero beside it would leave Stavanger in 0..3; Eigersund (20) widens it to 0..23.
        assertThat(hidden(cube)).isEqualTo("1101 1103");
        assertThat(range(cube, "1103")).containsExactly(0, 23);
    }

    @Test
    void protect_twoSmallSiblingsAddingUpToLessThanFive_aThirdCovers() {
        CountCube cube = year(Map.of("1101", 1L, "1103", 2L, "1106", 17L, "1505", 12L, "1506", 7L));

        Protection.protect(cube, all(cube));

        assertThat(hidden(cube)).isEqualTo("1101 1103 1106");
        assertThat(range(cube, "1101")).containsExactly(0, 20);
        assertThat(range(cube, "1103")).containsExactly(0, 20);
    }

    @Test
    void protect_aSmallCountyIsCoveredAcrossTheCountryAndDownToItsMunicipalities() {
        CountCube cube = year(Map.of("1101", 30L, "1505", 3L, "1506", 0L));

        Protection.protect(cube, all(cube));

        assertThat(hidden(cube)).contains("15").contains("1505");
        assertThat(range(cube, "15")[1] - range(cube, "15")[0]).isGreaterThanOrEqualTo(Protection.MIN_WIDTH);
        assertThat(range(cube, "1505")[1] - range(cube, "1505")[0]).isGreaterThanOrEqualTo(Protection.MIN_WIDTH);
    }

    @Test
    void protect_cellsPublishedBefore_keepTheirStateAndOnlyNewCellsCover() {
        // October (3, hidden) and November (10, published) were locked on earlier nights; tonight
        // December (8) and the fourth quarter (21) join them, and Q4 − Nov − Dec would give October away.
        List<Period> periods = List.of(Period.quarter(2026, 4), Period.month(2026, 10), Period.month(2026, 11),
                Period.month(2026, 12));
        CountCube cube = new CountCube(List.of(COUNT), TINY, periods,
                (m, level, kind) -> level == Region.Level.COUNTRY, List.of());
        cube.add(0, TINY.municipality("1101"), Period.month(2026, 10), 3);
        cube.add(0, TINY.municipality("1101"), Period.month(2026, 11), 10);
        cube.add(0, TINY.municipality("1101"), Period.month(2026, 12), 8);
        cube.setHidden(cube.cellOf("henviste|0|2026M10"), true);
        BitSet tonight = new BitSet();
        tonight.set(cube.cellOf("henviste|0|2026M12"));
        tonight.set(cube.cellOf("henviste|0|2026K4"));

        Protection.protect(cube, tonight);

        assertThat(cube.isHidden(cube.cellOf("henviste|0|2026M11"))).as("published on an earlier night").isFalse();
        assertThat(cube.isHidden(cube.cellOf("henviste|0|2026M12"))).isTrue();
        assertThat(cube.isHidden(cube.cellOf("henviste|0|2026K4"))).isFalse();
    }

    @Test
    void sumForest_exactRanges_alongTheTree() {
        // Country 10 = county 11 + county 15 (+ 0 unknown); 11 = 2 + Stavanger (+ 0); 15 = 3 + Molde.
        // Hidden: both counties, Stavanger, Molde. Then 11 is 2..7 and 15 is 3..8, each the other's rest.
        CountCube cube = new CountCube(List.of(COUNT), TINY, List.of(Period.year(2026)), (m, level, kind) -> true, List.of());
        cube.add(0, TINY.municipality("1101"), Period.year(2026), 2);
        cube.add(0, TINY.municipality("1103"), Period.year(2026), 1);
        cube.add(0, TINY.municipality("1505"), Period.year(2026), 3);
        cube.add(0, TINY.municipality("1506"), Period.year(2026), 4);
        for (String region : List.of("11", "1103", "15", "1506")) {
            cube.setHidden(cube.cellOf("henviste|" + region + "|2026"), true);
        }

        assertThat(range(cube, "11")).containsExactly(2, 7);
        assertThat(range(cube, "1103")).containsExactly(0, 5);
        assertThat(range(cube, "15")).containsExactly(3, 8);
        assertThat(range(cube, "1506")).containsExactly(0, 5);
    }

    @Test
    void sumForest_aLayoutWithBothMargins_isRefused() {
        // Counties by month with the country by month and counties by year: sums cross-check along two routes.
        List<Period> periods = List.of(Period.year(2026), Period.quarter(2026, 1), Period.month(2026, 1),
                Period.month(2026, 2), Period.month(2026, 3));
        CountCube cube = new CountCube(List.of(COUNT), TINY, periods,
                (m, level, kind) -> level != Region.Level.MUNICIPALITY, List.of());

        assertThatThrownBy(() -> new SumForest(cube.sums())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not a forest");
    }
}
