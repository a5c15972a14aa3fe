package no.jobbstotte.localcloud.template;

/** A template the local cloud cannot run; the message names the resource and the line. */
public final class TemplateException extends RuntimeException {
    public TemplateException(String message) {
        super(message);
    }

    public static TemplateException at(Resource resource, String problem) {
        return new TemplateException("template.yaml line " + resource.line() + ", resource " + resource.logicalId()
                + " (" + resource.type() + "): " + problem);
    }
}
