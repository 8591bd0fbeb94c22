package org.fazhi.disclosure.feed;

import java.util.ArrayList;
import java.util.List;

import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A consumer of the feed as the credit platform would be: it keeps the cursor it was given and asks again. */
final class FeedReader {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MockMvc mvc;
    private final int size;
    private final List<JsonNode> seen = new ArrayList<>();
    private long cursor;

    FeedReader(MockMvc mvc, long cursor, int size) {
        this.mvc = mvc;
        this.cursor = cursor;
        this.size = size;
    }

    /** Reads pages until the feed says there is no more for now. */
    void catchUp() throws Exception {
        boolean more = true;
        while (more) {
            // In the query string, as a client sends it: the published pages' cache keys renderings by it.
            String body = mvc.perform(get(FeedConfiguration.FEED + "?since=" + cursor + "&size=" + size))
                    .andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            JsonNode page = JSON.readTree(body);
            page.get("entries").forEach(seen::add);
            cursor = page.get("next").asLong();
            more = page.get("more").asBoolean();
        }
    }

    List<JsonNode> seen() {
        return seen;
    }

    /** The newest cursor there is now: where a reader that only wants what comes next starts. */
    static long latest(MockMvc mvc) throws Exception {
        FeedReader reader = new FeedReader(mvc, 0, PublicationFeedApi.MAX_SIZE);
        reader.catchUp();
        return reader.cursor;
    }
}
