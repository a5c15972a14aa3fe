package no.jobbstotte.shared.fidelity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class FidelityFiguresTest {

    @Test
    void aFigureIsPresentExactlyWhenItRestsOnSomeone() {
        assertThatThrownBy(() -> new ItemFigure(IpsItem.FOLLOW_ALONG, OptionalDouble.of(0.5), OptionalInt.of(3), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ItemFigure(IpsItem.FOLLOW_ALONG, OptionalDouble.empty(), OptionalInt.empty(), 2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ItemFigure(IpsItem.FOLLOW_ALONG, OptionalDouble.of(0.5), OptionalInt.empty(), 2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ItemFigure.of(IpsItem.CASELOAD_SIZE, 22, 1).score()).hasValue(4);
    }

    @Test
    void itemFindsTheFigureAndRefusesDuplicates() {
        FidelityFigures figures = new FidelityFigures(
                List.of(ItemFigure.empty(IpsItem.CASELOAD_SIZE), ItemFigure.of(IpsItem.FOLLOW_ALONG, 1, 3)));
        assertThat(figures.item(IpsItem.FOLLOW_ALONG).basis()).isEqualTo(3);
        assertThatThrownBy(() -> figures.item(IpsItem.EMPLOYER_CONTACT)).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> new FidelityFigures(
                        List.of(ItemFigure.empty(IpsItem.CASELOAD_SIZE), ItemFigure.empty(IpsItem.CASELOAD_SIZE))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
