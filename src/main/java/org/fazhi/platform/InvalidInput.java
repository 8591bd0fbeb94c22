package org.fazhi.platform;

import java.util.List;

/**
 * Input that passed the form's own checks but not the domain's (a credit code's check digit, a name already
 * used, a date before another). Carries one problem per field so pages show them beside the fields and the API
 * lists them.
 */
public class InvalidInput extends RuntimeException {

    /** One field's problem; {@code field} is empty for a problem with the whole input. */
    public record FieldProblem(String field, String messageKey, List<Object> arguments) {

        public FieldProblem {
            arguments = List.copyOf(arguments);
        }

        public static FieldProblem of(String field, String messageKey, Object... arguments) {
            return new FieldProblem(field, messageKey, List.of(arguments));
        }
    }

    private final List<FieldProblem> problems;

    public InvalidInput(List<FieldProblem> problems) {
        super("invalid input: " + problems.stream().map(FieldProblem::messageKey).toList());
        this.problems = List.copyOf(problems);
    }

    public static InvalidInput of(String field, String messageKey, Object... arguments) {
        return new InvalidInput(List.of(FieldProblem.of(field, messageKey, arguments)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /**
     * Puts the problems on a Spring binding result, beside the fields a page shows; a field that already shows an
     * error of the form's own checks keeps just that one.
     */
    public void addTo(org.springframework.validation.BindingResult errors) {
        for (FieldProblem problem : problems) {
            if (!problem.field().isEmpty() && errors.hasFieldErrors(problem.field())) {
                continue;
            }
            Object[] arguments = problem.arguments().toArray();
            if (problem.field().isEmpty() || errors.getTarget() == null) {
                errors.reject(problem.messageKey(), arguments, problem.messageKey());
            } else {
                errors.rejectValue(problem.field(), problem.messageKey(), arguments, problem.messageKey());
            }
        }
    }
}
