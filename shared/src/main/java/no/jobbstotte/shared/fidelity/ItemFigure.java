package no.jobbstotte.shared.fidelity;

import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One item's raw figure and its score on the IPS scale.
 *
 * @param figure the raw figure in the unit {@link IpsItem} names; empty when there is nothing to
 *     measure
 * @param score the item score 1-5 ({@link IpsScale#score}); present exactly when the figure is
 * @param basis how many participants (caseload and employer contacts: specialists) the figure
 *     rests on; 0 exactly when the figure is empty, so a reader can tell "no data" from a 0
 */
public record ItemFigure(IpsItem item, OptionalDouble figure, OptionalInt score, int basis) {

    public ItemFigure {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(figure, "figure");
        Objects.requireNonNull(score, "score");
        if (basis < 0) {
            throw new IllegalArgumentException("basis must be >= 0, was " + basis);
        }
        if (figure.isPresent() != (basis > 0) || score.isPresent() != figure.isPresent()) {
            throw new IllegalArgumentException(
                    "figure and score are present exactly when basis > 0: " + figure + " " + score + " " + basis);
        }
    }

    /** The figure resting on {@code basis} (> 0) participants or specialists, scored. */
    public static ItemFigure of(IpsItem item, double figure, int basis) {
        return new ItemFigure(
                item, OptionalDouble.of(figure), OptionalInt.of(IpsScale.score(item, figure)), basis);
    }

    /** Nothing to measure: no participant (or specialist) the item applies to. */
    public static ItemFigure empty(IpsItem item) {
        return new ItemFigure(item, OptionalDouble.empty(), OptionalInt.empty(), 0);
    }
}
