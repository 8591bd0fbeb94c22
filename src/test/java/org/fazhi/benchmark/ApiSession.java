package org.fazhi.benchmark;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTTP client signed in to a running Fazhi: through the login form (a session cookie, as a browser or a
 * long-running script keeps it) or with HTTP Basic on every request (each one then pays the password hash).
 */
final class ApiSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;
    private final HttpClient withoutCookies = HttpClient.newHttpClient();
    private final String basic;

    private ApiSession(String base, HttpClient http, String basic) {
        this.base = base;
        this.http = http;
        this.basic = basic;
    }

    static ApiSession signIn(String base, String username, String password) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(5)).build();
        String page = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(page);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String location = login.headers().firstValue("Location").orElse("");
        if (login.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("login refused: " + login.statusCode() + " " + location);
        }
        String basic = "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new ApiSession(base, http, basic);
    }

    /** GETs a path with the session cookie, or with HTTP Basic; fails on anything but 200. */
    String get(String path, boolean withBasic) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        HttpClient client = http;
        if (withBasic) {
            request.header("Authorization", basic);
            client = withoutCookies; // the credentials alone must do
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
