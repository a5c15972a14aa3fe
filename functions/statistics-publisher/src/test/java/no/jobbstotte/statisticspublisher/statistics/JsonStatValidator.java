package no.jobbstotte.statisticspublisher.statistics;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JSON-stat 2.0 rules (https://json-stat.org/full/) that matter to readers of our datasets:
 * version and class, id/size consistency, each dimension's category index and labels, the value
 * array length, the status array or object, and the roles. Returns the broken rules; empty is valid.
 */
final class JsonStatValidator {

    private JsonStatValidator() {}

    static List<String> validate(JsonNode dataset) {
        List<String> errors = new ArrayList<>();
        if (!"2.0".equals(dataset.path("version").asText())) {
            errors.add("version must be \"2.0\"");
        }
        if (!"dataset".equals(dataset.path("class").asText())) {
            errors.add("class must be \"dataset\"");
        }
        JsonNode id = dataset.path("id");
        JsonNode size = dataset.path("size");
        if (!id.isArray() || !size.isArray() || id.size() != size.size() || id.isEmpty()) {
            errors.add("id and size must be arrays of the same, non-zero length");
            return errors;
        }
        Set<String> ids = new HashSet<>();
        long product = 1;
        for (int d = 0; d < id.size(); d++) {
            String dim = id.get(d).asText();
            if (!ids.add(dim)) {
                errors.add("duplicate dimension id " + dim);
            }
            if (!size.get(d).canConvertToInt() || size.get(d).asInt() < 1) {
                errors.add("size of " + dim + " must be a positive integer");
                continue;
            }
            product *= size.get(d).asInt();
            JsonNode dimension = dataset.path("dimension").path(dim);
            if (dimension.isMissingNode()) {
                errors.add("dimension " + dim + " is listed in id but not described");
                continue;
            }
            errors.addAll(category(dim, dimension.path("category"), size.get(d).asInt()));
        }
        final long cells = product;
        Iterator<String> described = dataset.path("dimension").fieldNames();
        while (described.hasNext()) {
            String dim = described.next();
            if (!ids.contains(dim)) {
                errors.add("dimension " + dim + " is described but not in id");
            }
        }
        JsonNode value = dataset.path("value");
        if (value.isArray()) {
            if (value.size() != cells) {
                errors.add("value has " + value.size() + " entries, the product of size is " + cells);
            }
            for (JsonNode v : value) {
                if (!v.isNumber() && !v.isNull()) {
                    errors.add("value entries must be numbers or null");
                    break;
                }
            }
        } else if (value.isObject()) {
            value.fieldNames().forEachRemaining(k -> checkIndex(errors, "value", k, cells));
        } else {
            errors.add("value must be an array or an object");
        }
        JsonNode status = dataset.path("status");
        if (status.isArray()) {
            if (status.size() != 1 && status.size() != cells) {
                errors.add("a status array must have one entry or one per value");
            }
        } else if (status.isObject()) {
            status.fields().forEachRemaining(e -> {
                checkIndex(errors, "status", e.getKey(), cells);
                if (!e.getValue().isTextual()) {
                    errors.add("status " + e.getKey() + " must be a string");
                }
            });
        } else if (!status.isMissingNode() && !status.isTextual()) {
            errors.add("status must be a string, an array or an object");
        }
        // Every null value carries a status saying why.
        if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                if (value.get(i).isNull() && (status.isMissingNode() || (status.isObject() && !status.has(Integer.toString(i))))) {
                    errors.add("value " + i + " is null without a status");
                    break;
                }
            }
        }
        JsonNode role = dataset.path("role");
        for (Map.Entry<String, JsonNode> entry : iterable(role.fields())) {
            for (JsonNode dim : entry.getValue()) {
                if (!ids.contains(dim.asText())) {
                    errors.add("role " + entry.getKey() + " names unknown dimension " + dim.asText());
                }
            }
        }
        if (dataset.has("updated") && !dataset.get("updated").asText().matches("\\d{4}-\\d{2}-\\d{2}(T.*)?")) {
            errors.add("updated must be an ISO 8601 date or date-time");
        }
        return errors;
    }

    private static List<String> category(String dim, JsonNode category, int size) {
        List<String> errors = new ArrayList<>();
        JsonNode index = category.path("index");
        JsonNode label = category.path("label");
        List<String> categories = new ArrayList<>();
        if (index.isObject()) {
            Set<Integer> positions = new HashSet<>();
            index.fields().forEachRemaining(e -> {
                categories.add(e.getKey());
                if (!e.getValue().canConvertToInt() || e.getValue().asInt() < 0 || e.getValue().asInt() >= size
                        || !positions.add(e.getValue().asInt())) {
                    errors.add(dim + ": index of " + e.getKey() + " must be a distinct position below " + size);
                }
            });
        } else if (index.isArray()) {
            index.forEach(c -> categories.add(c.asText()));
        } else if (size != 1 || !label.isObject() || label.size() != 1) {
            errors.add(dim + ": category index is required unless there is a single labelled category");
            return errors;
        } else {
            label.fieldNames().forEachRemaining(categories::add);
        }
        if (categories.size() != size) {
            errors.add(dim + ": " + categories.size() + " categories but size " + size);
        }
        if (label.isObject()) {
            label.fieldNames().forEachRemaining(c -> {
                if (!categories.contains(c)) {
                    errors.add(dim + ": label for unknown category " + c);
                }
            });
        }
        for (String c : categories) {
            if (!label.has(c)) {
                errors.add(dim + ": category " + c + " has no label");
            }
        }
        category.path("child").fields().forEachRemaining(e -> {
            if (!categories.contains(e.getKey())) {
                errors.add(dim + ": child list for unknown category " + e.getKey());
            }
            e.getValue().forEach(c -> {
                if (!categories.contains(c.asText())) {
                    errors.add(dim + ": unknown child " + c.asText());
                }
            });
        });
        category.path("unit").fieldNames().forEachRemaining(c -> {
            if (!categories.contains(c)) {
                errors.add(dim + ": unit for unknown category " + c);
            }
        });
        return errors;
    }

    private static void checkIndex(List<String> errors, String what, String key, long cells) {
        try {
            long i = Long.parseLong(key);
            if (i < 0 || i >= cells) {
                errors.add(what + " index " + key + " is outside the " + cells + " cells");
            }
        } catch (NumberFormatException e) {
            errors.add(what + " key " + key + " is not an index");
        }
    }

    private static <T> Iterable<T> iterable(Iterator<T> iterator) {
        return () -> iterator;
    }
}
