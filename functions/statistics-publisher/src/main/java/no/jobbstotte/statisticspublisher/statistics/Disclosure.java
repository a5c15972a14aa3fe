package no.jobbstotte.statisticspublisher.statistics;

/** The Norwegian texts that explain suppressed and missing values wherever statistics are published. */
public final class Disclosure {

    public static final String SUPPRESSED_LABEL =
            "Prikket av personvernhensyn: tallet er 1–4, eller skjult for at et slikt tall ikke skal kunne regnes ut";
    public static final String NOT_APPLICABLE_LABEL = "Kan ikke beregnes: ingen i grunnlaget";
    public static final String NOTE = "Tall fra 1 til 4 publiseres ikke, og andre tall kan være skjult (prikket, vist som «:») "
            + "slik at et skjult tall ikke kan regnes ut, heller ikke ved å sammenligne med tidligere publiseringer: "
            + "et prikket tall kan ut fra alt som er publisert, ligge hvor som helst i et spenn på minst 5. "
            + "En måned publiseres den 15. i måneden etter, sammen med kvartalet og året den avslutter, og tallene "
            + "endres aldri etterpå. Registreringer som kommer senere med dato i en publisert måned, er ikke med. "
            + "Fylker og kommuner vises per år. 0 betyr at ingen er registrert. Andeler og medianer vises bare når "
            + "tallene de bygger på er publisert. "
            + "IPS-kvalitet vises per fylke og kvartal, ikke for hele landet eller per år, og bare der alle tall "
            + "den bygger på eller røper, er 0 eller minst 5.";

    private Disclosure() {}
}
