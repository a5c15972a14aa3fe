package no.jobbstotte.localcloud.provision;

import java.util.LinkedHashMap;
import java.util.Map;
import no.jobbstotte.localcloud.template.Intrinsics;
import no.jobbstotte.localcloud.template.TemplateException;

/** What the local cloud created for each logical id: the values Ref and Fn::GetAtt resolve to. */
public final class ProvisionedResources implements Intrinsics.Lookup {

    private final Map<String, String> refs = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> attributes = new LinkedHashMap<>();

    void put(String logicalId, String ref, Map<String, String> attributeValues) {
        refs.put(logicalId, ref);
        attributes.put(logicalId, Map.copyOf(attributeValues));
    }

    public boolean contains(String logicalId) {
        return refs.containsKey(logicalId);
    }

    @Override
    public String ref(String logicalId) {
        String value = refs.get(logicalId);
        if (value == null) {
            throw new TemplateException("Ref " + logicalId + ": no such resource has been created yet");
        }
        return value;
    }

    @Override
    public String attribute(String logicalId, String attribute) {
        Map<String, String> values = attributes.get(logicalId);
        if (values == null || !values.containsKey(attribute)) {
            throw new TemplateException("Fn::GetAtt " + logicalId + "." + attribute + ": not available locally");
        }
        return values.get(attribute);
    }
}
