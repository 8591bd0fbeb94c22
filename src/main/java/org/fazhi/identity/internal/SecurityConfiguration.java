package org.fazhi.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.fazhi.identity.AccessRules;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

/**
 * Who may reach what. Pages use a form login and a session; scripts may call {@code /api/**} with HTTP Basic,
 * and answer 401 instead of a redirect. Each module adds its own URL rules through an {@link AccessRules} bean;
 * object-level checks (data scope) live in the modules' services.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
            + "script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder(@Value("${fazhi.identity.verified-password-memory:PT5M}") Duration remembered,
                                    Clock clock) {
        return new VerifiedPasswords(new BCryptPasswordEncoder(10), remembered, clock);
    }

    @Bean
    SecurityFilterChain web(HttpSecurity http, List<AccessRules> moduleRules, MessageSource messages)
            throws Exception {
        RequestMatcher api = pathPattern("/api/**");
        ApiRefusals apiRefusals = new ApiRefusals(messages);
        RequestMatcher scriptClient = (HttpServletRequest request) -> request.getHeader("Authorization") != null;
        http.authorizeHttpRequests(requests -> {
            requests.requestMatchers("/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico",
                    "/error", "/actuator/health", "/public/**", "/api/v1/public/**", "/v3/api-docs/**", "/swagger-ui/**",
                    "/swagger-ui.html").permitAll();
            requests.requestMatchers("/actuator/**").hasRole("ADMIN");
            moduleRules.forEach(rules -> rules.configure(requests));
            requests.anyRequest().authenticated();
        });
        http.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false)
                .failureHandler((request, response, exception) -> response.sendRedirect(
                        request.getContextPath() + "/login?error=" + reason(exception))));
        http.httpBasic(basic -> basic.authenticationEntryPoint(apiRefusals));
        http.exceptionHandling(errors -> errors
                .defaultAuthenticationEntryPointFor(apiRefusals, api)
                .defaultAccessDeniedHandlerFor(apiRefusals, api)
                .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                        new NegatedRequestMatcher(api)));
        http.logout(logout -> logout.logoutSuccessUrl("/login?logout"));
        // Requests that carry their own credentials are not open to cross-site forgery; browser sessions are. The
        // public API changes nothing and answers anyone, so it has nothing to forge.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(scriptClient, pathPattern("/api/v1/public/**")));
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        http.addFilterAfter(new PasswordChangeRequiredFilter(), UsernamePasswordAuthenticationFilter.class);
        return http.build();
    }

    private static String reason(Exception exception) {
        if (exception instanceof LockedException) {
            return "locked";
        }
        return exception instanceof DisabledException ? "disabled" : "bad";
    }
}
