package org.gluster.restapi.webhooks.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gluster.restapi.paging.Cursor;
import org.gluster.restapi.paging.Page;
import org.gluster.restapi.paging.PageRequest;
import org.gluster.restapi.webhooks.entity.Delivery;
import org.junit.jupiter.api.Test;

class DeliveryPagesTest {

    static Delivery delivery(long eventId) {
        return new Delivery(eventId, "wh", "VOLUME_SET", Delivery.DELIVERED, 204, 1, null, null, null);
    }

    @Test
    void pagesOfDeliveriesKeepNewestFirstAcrossDigitCounts() {
        List<Delivery> kept = List.of(delivery(1000), delivery(101), delivery(100), delivery(99), delivery(9),
                delivery(2));
        List<Long> walked = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        do {
            Page<Delivery> page = Page.of(kept, Webhooks::newestFirst, new PageRequest(4, cursor.map(Cursor::key)));
            assertEquals(6, page.total());
            page.items().forEach(d -> walked.add(d.eventId()));
            cursor = page.next();
        } while (cursor.isPresent());
        assertEquals(List.of(1000L, 101L, 100L, 99L, 9L, 2L), walked);
    }
}
