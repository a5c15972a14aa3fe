package no.jobbstotte.statisticspublisher.statistics;

/** The Norwegian texts that explain suppressed and missing values wherever statistics are published. */
public final class Disclosure {

    public static final String SUPPRESSED_LABEL =
            "Prikket av personvernhensyn: tallet er 1–4, eller skjult for at et slikt tall ikke skal kunne regnes ut";
    public static final String NOT_APPLICABLE_LABEL = "Kan ikke beregnes: ingen i grunnlaget";
    public static final String NOTE = "Tall fra 1 til 4 publiseres ikke. Andre tall kan også være skjult "
            + "(prikket, vist som «:»), slik at et skjult tall ikke kan regnes ut fra summer eller fra tidligere "
            + "publiseringer. Andeler og medianer vises bare når tallene de bygger på er publisert.";

    private Disclosure() {}
}
