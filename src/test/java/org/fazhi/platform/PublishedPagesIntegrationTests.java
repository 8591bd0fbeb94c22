package org.fazhi.platform;

import java.util.List;
import java.util.UUID;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.catalog.BenchmarkTestData;
import org.fazhi.catalog.benchmark.Benchmarks;
import org.fazhi.catalog.scope.ItemRef;
import org.fazhi.inspection.InspectionTestData;
import org.fazhi.inspection.InspectionTestData.Inspecting;
import org.fazhi.inspection.plan.DrawRecord;
import org.fazhi.inspection.plan.InspectionPlan;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.registry.agency.Agency;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPatternParser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.registry.RegistryTestData.admin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Published pages answer conditional requests with 304 until what they show is published anew, then with the new
 * content; they are the same for everyone, so they neither set a cookie nor open a session, and a rendering made for
 * a signed-in user is never kept for others.
 */
@FazhiIntegrationTest
class PublishedPagesIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired RegistryTestData registry;
    @Autowired BenchmarkTestData catalog;
    @Autowired Benchmarks benchmarks;
    @Autowired InspectionTestData inspection;
    @Autowired PublishedContent content;
    @Autowired TransactionTemplate transactions;
    @Autowired List<PublishedPages> declared;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    @Test
    void answers304ToItsOwnTagUntilABenchmarkIsPublishedThen200WithIt() throws Exception {
        MvcResult first = open("/public/catalog/benchmarks", null);
        String tag = first.getResponse().getHeader(HttpHeaders.ETAG);
        assertThat(tag).isNotBlank();
        assertThat(first.getResponse().getHeader(HttpHeaders.CACHE_CONTROL))
                .isEqualTo("public, max-age=60, must-revalidate");

        MvcResult again = open("/public/catalog/benchmarks", tag);
        assertThat(again.getResponse().getStatus()).isEqualTo(304);
        assertThat(again.getResponse().getContentAsByteArray()).isEmpty();
        assertThat(again.getResponse().getHeader(HttpHeaders.ETAG)).isEqualTo(tag);

        Agency agency = registry.agency("缓存基准局");
        ItemRef item = catalog.penaltyItem(agency);
        benchmarks.publish(admin(), benchmarks.create(admin(), BenchmarkTestData.benchmarkForm(item.id())).id());

        MvcResult changed = open("/public/catalog/benchmarks", tag);
        assertThat(changed.getResponse().getStatus()).isEqualTo(200);
        assertThat(changed.getResponse().getHeader(HttpHeaders.ETAG)).isNotEqualTo(tag);
        assertThat(changed.getResponse().getContentAsString()).contains(item.code(), agency.name());
    }

    @Test
    void answers304ToIfModifiedSinceTheLastPublication() throws Exception {
        MvcResult first = open("/public/catalog/flexible", null);
        long lastModified = first.getResponse().getDateHeader(HttpHeaders.LAST_MODIFIED);
        assertThat(lastModified).isPositive();
        MvcResult again = mvc.perform(get("/public/catalog/flexible").header(HttpHeaders.IF_MODIFIED_SINCE,
                first.getResponse().getHeader(HttpHeaders.LAST_MODIFIED))).andReturn();
        assertThat(again.getResponse().getStatus()).isEqualTo(304);
    }

    @Test
    void aPlanPublishedChangesThePlansPagesTag() throws Exception {
        String tag = open("/public/inspection/plans", null).getResponse().getHeader(HttpHeaders.ETAG);
        Inspecting inspecting = inspection.agency("缓存计划局", 2);
        InspectionPlan plan = inspection.published(inspecting, InspectionTestData.form(inspecting, null));

        MvcResult changed = open("/public/inspection/plans", tag);
        assertThat(changed.getResponse().getStatus()).isEqualTo(200);
        assertThat(changed.getResponse().getContentAsString()).contains(plan.code());
    }

    @Test
    void aRolledBackWriteLeavesTheTagAsItWas() throws Exception {
        String tag = open("/public/catalog/benchmarks", null).getResponse().getHeader(HttpHeaders.ETAG);
        Agency agency = registry.agency("回滚基准局");
        ItemRef item = catalog.penaltyItem(agency);
        String after = open("/public/catalog/benchmarks", null).getResponse().getHeader(HttpHeaders.ETAG);
        assertThat(after).isNotEqualTo(tag);
        transactions.executeWithoutResult(status -> {
            benchmarks.create(admin(), BenchmarkTestData.benchmarkForm(item.id()));
            status.setRollbackOnly();
        });
        assertThat(open("/public/catalog/benchmarks", after).getResponse().getStatus()).isEqualTo(304);
    }

    @Test
    void publicPagesSetNoCookieOpenNoSessionAndCarryNoToken() throws Exception {
        Inspecting inspecting = inspection.agency("无会话局", 3);
        DrawRecord draw = inspection.drawn(inspecting, InspectionTestData.form(inspecting, null));
        long item = catalog.penaltyItem(registry.agency("无会话事项局")).id();
        for (String path : List.of("/public", "/public/catalog/items", "/public/catalog/items/" + item,
                "/public/catalog/benchmarks", "/public/catalog/flexible", "/public/inspection/plans",
                "/public/inspection/plans/" + draw.planId(), "/public/inspection/plans/" + draw.planId() + "/draw.json",
                "/public/inspection/plans/" + draw.planId() + "/verification",
                "/api/v1/public/inspection/plans/" + draw.planId() + "/verification")) {
            for (int twice = 0; twice < 2; twice++) { // rendered, then served as kept
                MvcResult result = open(path, null);
                assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
                assertThat(result.getResponse().getHeaders(HttpHeaders.SET_COOKIE)).as(path).isEmpty();
                assertThat(result.getRequest().getSession(false)).as(path).isNull();
                assertThat(result.getResponse().getContentAsString()).as(path).doesNotContain("_csrf", "csrf");
                assertThat(result.getResponse().getHeader(HttpHeaders.ETAG)).as(path).isNotBlank();
            }
        }
        assertThat(open("/public/inspection/plans/" + draw.planId() + "/draw.json", null).getResponse()
                .getHeader(HttpHeaders.CONTENT_DISPOSITION)).contains("attachment");
    }

    @Test
    void aRenderingForASignedInUserIsNeitherTaggedNorKept() throws Exception {
        String path = "/public/catalog/benchmarks?probe=" + UUID.randomUUID();
        MvcResult signedIn = mvc.perform(get(path).with(user("staff").roles("ADMIN"))).andReturn();
        assertThat(signedIn.getResponse().getStatus()).isEqualTo(200);
        assertThat(signedIn.getResponse().getHeader(HttpHeaders.ETAG)).isNull();
        MvcResult anonymous = open(path, null);
        assertThat(anonymous.getResponse().getHeader(HttpHeaders.ETAG)).isNotBlank();
    }

    /** Every public GET (pages and the public API) is declared, so none is rendered anew for every reader. */
    @Test
    void everyPublicPageIsDeclaredPublished() {
        List<org.springframework.web.util.pattern.PathPattern> patterns = declared.stream()
                .flatMap(pages -> pages.paths().stream()).map(PathPatternParser.defaultInstance::parse).toList();
        List<String> publicPaths = mappings.getHandlerMethods().keySet().stream()
                .filter(PublishedPagesIntegrationTests::isGet)
                .flatMap(info -> info.getPatternValues().stream())
                .filter(path -> path.equals("/public") || path.startsWith("/public/")
                        || path.startsWith("/api/v1/public/"))
                .toList();
        assertThat(publicPaths).contains("/public", "/public/catalog/items", "/public/inspection/plans/{id}");
        List<String> undeclared = publicPaths.stream()
                .filter(path -> patterns.stream().noneMatch(pattern -> pattern.matches(
                        PathContainer.parsePath(path.replaceAll("\\{[^}]+}", "1")))))
                .toList();
        assertThat(undeclared).as("public GET paths without a PublishedPages declaration").isEmpty();
    }

    private static boolean isGet(RequestMappingInfo info) {
        var methods = info.getMethodsCondition().getMethods();
        return methods.isEmpty() || methods.contains(RequestMethod.GET);
    }

    private MvcResult open(String path, String ifNoneMatch) throws Exception {
        var request = get(path);
        if (ifNoneMatch != null) {
            request.header(HttpHeaders.IF_NONE_MATCH, ifNoneMatch);
        }
        return mvc.perform(request).andReturn();
    }
}
