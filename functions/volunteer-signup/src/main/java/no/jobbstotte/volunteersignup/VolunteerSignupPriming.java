package no.jobbstotte.volunteersignup;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.Map;
import javax.inject.Inject;
import no.jobbstotte.shared.table.volunteers.Tokens;
import no.jobbstotte.shared.validation.ValidationResult;
import no.jobbstotte.shared.volunteer.VolunteerSignup;

/**
 * SnapStart prime: a synthetic sign-up form read, validated and answered as HTML and JSON, the
 * confirmation page, and one read of a token that cannot exist (builds the DynamoDB client's
 * request pipeline). Claims, stores and sends nothing; draws no random numbers; reads no secret,
 * so the snapshot holds no pepper (see {@link Secrets}).
 */
final class VolunteerSignupPriming implements Runnable {

    static final String FORM_BODY = "name=Prime+Primesen&email=prime%40example.invalid&phone=%2B4740000000"
            + "&municipalityNumber=0301&interests=social-evenings&availability=weekday-evenings&message=&consent=frivillig-samtykke-v1";
    /** Well-formed, so the page renders; its hash is in no table. */
    static final String TOKEN = "snapstart-prime-" + "A".repeat(27);

    private final RequestReader reader;
    private final VolunteerSignupValidator validator;
    private final VolunteerLinkService links;
    private final VolunteerResponder responder;
    private final Tokens tokens;
    private final Clock clock;

    @Inject
    VolunteerSignupPriming(RequestReader reader, VolunteerSignupValidator validator,
            VolunteerLinkService links, VolunteerResponder responder, Tokens tokens, Clock clock) {
        this.reader = reader;
        this.validator = validator;
        this.links = links;
        this.responder = responder;
        this.tokens = tokens;
        this.clock = clock;
    }

    @Override
    public void run() {
        APIGatewayV2HTTPEvent event = APIGatewayV2HTTPEvent.builder()
                .withRouteKey("POST /v1/volunteers")
                .withHeaders(Map.of("content-type", RequestReader.FORM))
                .withBody(FORM_BODY)
                .build();
        JsonNode body = reader.body(event);
        VolunteerSignupValidator.isBot(body);
        if (!(validator.validate(body) instanceof ValidationResult.Valid<VolunteerSignup> valid)) {
            throw new IllegalStateException("the priming sample no longer validates");
        }
        EmailAddresses.canonical(valid.value().email());
        Reply form = links.confirmPage(TOKEN);
        responder.render(form, true);
        responder.render(form, false);
        responder.render(VolunteerLinkService.CONFIRMED_REPLY, true);
        tokens.findToken(Secrets.tokenHash(TOKEN), clock.instant());
    }
}
