package org.fazhi.platform;

import java.math.BigDecimal;
import java.util.Map;

import org.fazhi.platform.InvalidInput.FieldProblem;
import org.fazhi.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.mock.http.MockHttpInputMessage;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Jackson's reasons for not reading a body, turned into a field path and a message key, without Spring. */
class UnreadableInputTests {

    record Ratios(Map<String, BigDecimal> ratios) {
    }

    record Plan(Ratios rules) {
    }

    /** A value type that refuses its text, as the shared value types do. */
    record Code(String value) {
        Code {
            throw new InvalidValueException("shared.region-code.invalid", value);
        }
    }

    record Holder(Code code) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void namesANestedMapEntryByItsPath() {
        FieldProblem problem = problem("{\"rules\": {\"ratios\": {\"A\": \"三\"}}}", Plan.class);

        assertThat(problem.field()).isEqualTo("rules.ratios.A");
        assertThat(problem.messageKey()).isEqualTo("error.json.expected.number");
    }

    @Test
    void aValueTypeThatRefusesItsTextSaysWhyInItsOwnWords() {
        FieldProblem problem = problem("{\"code\": {\"value\": \"12\"}}", Holder.class);

        assertThat(problem.field()).isEqualTo("code");
        assertThat(problem.messageKey()).isEqualTo("shared.region-code.invalid");
        assertThat(problem.arguments()).containsExactly("12");
    }

    @Test
    void aBodyThatIsNotAnObjectIsOneProblemWithTheWhole() {
        FieldProblem problem = problem("[1, 2]", Holder.class);

        assertThat(problem.field()).isEmpty();
        assertThat(problem.messageKey()).isEqualTo("error.json.expected.object");
    }

    private static FieldProblem problem(String body, Class<?> type) {
        JacksonException refused = catchThrowableOfType(JacksonException.class, () -> JSON.readValue(body, type));
        return UnreadableInput.of(new HttpMessageNotReadableException("unreadable", refused,
                new MockHttpInputMessage(body.getBytes())));
    }
}
