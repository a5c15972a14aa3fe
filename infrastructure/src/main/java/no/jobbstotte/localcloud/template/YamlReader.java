package no.jobbstotte.localcloud.template;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads CloudFormation YAML into plain maps, lists and strings. The short-form intrinsic tags
 * ({@code !Ref}, {@code !GetAtt}, {@code !Sub}, ...) become their long JSON forms, so the result is
 * what CloudFormation itself sees and what the SAM schema validates. Line numbers of the resources
 * are kept for error messages.
 */
final class YamlReader {

    record Document(Map<String, Object> root, Map<String, Integer> resourceLines) {}

    private YamlReader() {}

    static Document read(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        Node node = new Yaml(options).compose(new StringReader(text));
        if (!(node instanceof MappingNode mapping)) {
            throw new TemplateException("template.yaml: the document must be a mapping");
        }
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if ("Resources".equals(scalar(tuple.getKeyNode())) && tuple.getValueNode() instanceof MappingNode resources) {
                for (NodeTuple resource : resources.getValue()) {
                    lines.put(scalar(resource.getKeyNode()), resource.getKeyNode().getStartMark().getLine() + 1);
                }
            }
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> root = (Map<String, Object>) convert(node);
        return new Document(root, lines);
    }

    private static Object convert(Node node) {
        Object plain = switch (node) {
            case ScalarNode scalar -> typed(scalar);
            case SequenceNode sequence -> {
                List<Object> items = new ArrayList<>();
                sequence.getValue().forEach(item -> items.add(convert(item)));
                yield items;
            }
            case MappingNode mapping -> {
                Map<String, Object> entries = new LinkedHashMap<>();
                for (NodeTuple tuple : mapping.getValue()) {
                    entries.put(scalar(tuple.getKeyNode()), convert(tuple.getValueNode()));
                }
                yield entries;
            }
            default -> throw new TemplateException("template.yaml line " + (node.getStartMark().getLine() + 1)
                    + ": unsupported YAML node");
        };
        return intrinsic(node, plain);
    }

    private static Object intrinsic(Node node, Object plain) {
        Tag tag = node.getTag();
        if (!tag.startsWith("!") || tag.getValue().startsWith("tag:yaml.org")) {
            return plain;
        }
        String name = tag.getValue().substring(1);
        String longName = name.equals("Ref") || name.equals("Condition") ? name : "Fn::" + name;
        if (name.equals("GetAtt") && plain instanceof String dotted) {
            int dot = dotted.indexOf('.');
            plain = dot < 0 ? List.of(dotted) : List.of(dotted.substring(0, dot), dotted.substring(dot + 1));
        }
        return Map.of(longName, plain);
    }

    private static Object typed(ScalarNode scalar) {
        String value = scalar.getValue();
        Tag tag = scalar.getTag();
        if (Tag.INT.equals(tag)) {
            return Long.parseLong(value.replace("_", ""));
        }
        if (Tag.FLOAT.equals(tag)) {
            return Double.parseDouble(value);
        }
        if (Tag.BOOL.equals(tag)) {
            return Boolean.parseBoolean(value.toLowerCase(java.util.Locale.ROOT));
        }
        if (Tag.NULL.equals(tag)) {
            return null;
        }
        return value;
    }

    private static String scalar(Node node) {
        if (node instanceof ScalarNode scalar) {
            return scalar.getValue();
        }
        throw new TemplateException("template.yaml line " + (node.getStartMark().getLine() + 1) + ": keys must be scalars");
    }
}
