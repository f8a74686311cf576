package org.acde.contracts.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.acde.contracts.reference.Party;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** A repeated item is refused once per repetition, at its position, naming the value as compared. */
class NoDuplicatesTest {

    record Quota(Party party, int seats) {
    }

    record Input(@NoDuplicates List<Party> parties, @NoDuplicates(ignoreCase = true) List<String> tags,
            @NoDuplicates(by = "party") List<Quota> quotas) {
    }

    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    @Test
    void distinctItemsAndAbsentListsPass() {
        assertThat(VALIDATOR.validate(new Input(List.of(Party.VN, Party.TH), List.of("ai"), null))).isEmpty();
    }

    @Test
    void eachRepetitionIsNamedAtItsPosition() {
        var violations = VALIDATOR.validate(new Input(List.of(Party.VN, Party.TH, Party.VN, Party.VN), null, null));

        assertThat(violations).extracting(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage)
                .containsExactlyInAnyOrder(tuple("parties[2]", "VN is listed twice"), tuple("parties[3]", "VN is listed twice"));
    }

    @Test
    void textIsComparedStrippedInLowerCase() {
        var violations = VALIDATOR.validate(new Input(null, List.of("Smart City", "smart city "), null));

        assertThat(violations).extracting(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage)
                .containsExactly(tuple("tags[1]", "smart city is listed twice"));
    }

    @Test
    void itemsComparedByAComponentAreNamedAtIt() {
        var violations = VALIDATOR.validate(new Input(null, null, List.of(new Quota(Party.MY, 2), new Quota(Party.MY, 3))));

        assertThat(violations).extracting(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage)
                .containsExactly(tuple("quotas[1].party", "MY is listed twice"));
    }

    @Test
    void aValueIsNeverReadAsAMessageExpression() {
        var violations = VALIDATOR.validate(new Input(null, List.of("{max}", "{max}"), null));

        assertThat(violations).extracting(ConstraintViolation::getMessage).containsExactly("{max} is listed twice");
    }
}
