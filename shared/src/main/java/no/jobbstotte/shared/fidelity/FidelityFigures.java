package no.jobbstotte.shared.fidelity;

import java.util.EnumSet;
import java.util.List;
import java.util.NoSuchElementException;

/** A specialist's or a team's figures for one week, one per {@link IpsItem}, in the enum's order. */
public record FidelityFigures(List<ItemFigure> items) {

    public FidelityFigures {
        items = List.copyOf(items);
        EnumSet<IpsItem> seen = EnumSet.noneOf(IpsItem.class);
        for (ItemFigure each : items) {
            if (!seen.add(each.item())) {
                // Two figures for one item would make item() pick one silently.
                throw new IllegalArgumentException("two figures for " + each.item());
            }
        }
    }

    /** The figure for {@code item}; every item is there when built by {@link FidelityIndicators}. */
    public ItemFigure item(IpsItem item) {
        return items.stream()
                .filter(each -> each.item() == item)
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("no figure for " + item));
    }
}
