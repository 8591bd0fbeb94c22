package org.fazhi.identity.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * 等保 password complexity: a minimum length and all four character classes. This deviates from OWASP ASVS 5.0,
 * which advises against composition rules; GB/T 22239 is binding for a government system.
 */
@Component
public class PasswordPolicy {

    private final int minLength;

    public PasswordPolicy(IdentityProperties properties) {
        this.minLength = properties.passwordMinLength();
    }

    /** Message keys for every rule the password breaks; empty when it is acceptable. */
    public List<String> violations(String password) {
        List<String> problems = new ArrayList<>();
        if (password.length() < minLength) {
            problems.add("identity.password.too-short");
        }
        if (password.chars().noneMatch(Character::isUpperCase)) {
            problems.add("identity.password.needs-upper");
        }
        if (password.chars().noneMatch(Character::isLowerCase)) {
            problems.add("identity.password.needs-lower");
        }
        if (password.chars().noneMatch(Character::isDigit)) {
            problems.add("identity.password.needs-digit");
        }
        if (password.chars().allMatch(Character::isLetterOrDigit)) {
            problems.add("identity.password.needs-symbol");
        }
        return problems;
    }

    public int minLength() {
        return minLength;
    }
}
