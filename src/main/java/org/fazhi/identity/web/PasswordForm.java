package org.fazhi.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record PasswordForm(
        @NotBlank(message = "{identity.password.current.required}") String current,
        @NotBlank(message = "{identity.password.new.required}") @Size(max = 128) String replacement,
        @NotBlank(message = "{identity.password.confirm.required}") String confirmation) {

    static PasswordForm empty() {
        return new PasswordForm("", "", "");
    }
}
