package no.jobbstotte.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MunicipalitiesTest {

    private final Municipalities municipalities = Municipalities.bundled();

    @Test
    void bundled_referenceData_has357MunicipalitiesIn15Counties() {
        assertThat(municipalities.size()).isEqualTo(357);
        assertThat(municipalities.counties()).hasSize(15);
        assertThat(municipalities.counties().stream().mapToInt(c -> municipalities.inCounty(c.number()).size()).sum())
                .isEqualTo(357);
    }

    @Test
    void bundled_calledTwice_returnsSameInstance() {
        assertThat(Municipalities.bundled()).isSameAs(municipalities);
    }

    @Test
    void find_0301_isOsloInCounty03() {
        assertThat(municipalities.find("0301"))
                .contains(new Municipality("0301", "Oslo", new County("03", "Oslo")));
    }

    @Test
    void find_nonAsciiName_isReadAsUtf8() {
        assertThat(municipalities.find("1508")).map(Municipality::name).contains("Ålesund");
        assertThat(municipalities.find("1508")).map(m -> m.county().name()).contains("Møre og Romsdal");
    }

    @Test
    void find_unknownNumber_isEmpty() {
        assertThat(municipalities.find("9999")).isEmpty();
        assertThat(municipalities.exists("9999")).isFalse();
    }

    @Test
    void exists_numberWithoutLeadingZero_isFalse() {
        assertThat(municipalities.exists("301")).isFalse();
    }

    @Test
    void exists_nullOrPadded_isFalse() {
        assertThat(municipalities.exists(null)).isFalse();
        assertThat(municipalities.exists(" 0301")).isFalse();
    }

    @Test
    void counties_bundled_areSortedByNumberAsListedInSources() {
        assertThat(municipalities.counties()).extracting(County::number).containsExactly(
                "03", "11", "15", "18", "31", "32", "33", "34", "39", "40", "42", "46", "50", "55", "56");
    }

    @Test
    void counties_returnedList_isUnmodifiable() {
        assertThatThrownBy(() -> municipalities.counties().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void inCounty_46_containsBergenAndOnlyVestland() {
        assertThat(municipalities.inCounty("46")).extracting(Municipality::number).contains("4601");
        assertThat(municipalities.inCounty("46")).allSatisfy(m -> assertThat(m.county().number()).isEqualTo("46"));
    }

    @Test
    void inCounty_03_isOnlyOslo() {
        assertThat(municipalities.inCounty("03")).extracting(Municipality::number).containsExactly("0301");
    }

    @Test
    void inCounty_unknownOrNull_isEmpty() {
        assertThat(municipalities.inCounty("99")).isEmpty();
        assertThat(municipalities.inCounty(null)).isEmpty();
    }

    @Test
    void find_sameNameInTwoCounties_isToldApartByNumber() {
        assertThat(municipalities.find("1515")).map(m -> m.county().number()).contains("15");
        assertThat(municipalities.find("1818")).map(m -> m.county().number()).contains("18");
    }

    @Test
    void load_municipalityWithUnknownCounty_failsLoudly() {
        assertThatThrownBy(() -> Municipalities.load(
                        csv("fylkesnummer,fylkesnavn\n03,Oslo\n"),
                        csv("kommunenummer,kommunenavn,fylkesnummer,fylkesnavn\n1103,Stavanger,11,Rogaland\n")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("1103");
    }

    @Test
    void load_wrongHeader_failsLoudly() {
        assertThatThrownBy(() -> Municipalities.load(csv("number,name\n03,Oslo\n"), csv("")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void load_duplicateMunicipality_failsLoudly() {
        assertThatThrownBy(() -> Municipalities.load(
                        csv("fylkesnummer,fylkesnavn\n03,Oslo\n"),
                        csv("kommunenummer,kommunenavn,fylkesnummer,fylkesnavn\n0301,Oslo,03,Oslo\n0301,Oslo,03,Oslo\n")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Duplicate");
    }

    private static InputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
