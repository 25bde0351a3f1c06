package org.gluster.restapi.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.gluster.restapi.validation.InvalidInputException;
import org.junit.jupiter.api.Test;

class PagingTest {

    @Test
    void aCursorNamesTheKeyItContinuesAfter() {
        for (String key : List.of("gv0", "a", "h:/b/ü", "x".repeat(300))) {
            String cursor = Cursor.after(key);
            assertTrue(cursor.matches("[A-Za-z0-9_-]+"), cursor);
            assertEquals(key, Cursor.key(cursor));
        }
    }

    @Test
    void aCursorThisGatewayDidNotGiveIs400() {
        for (String bad : List.of("", "!!", "Z3Yw", Cursor.after("k").substring(1), "MTo", "_w", "x".repeat(2000))) {
            var refused = assertThrows(InvalidInputException.class, () -> Cursor.key(bad), bad);
            assertEquals("cursor", refused.field());
        }
    }

    @Test
    void aPatternTakesOneWildcardAndIgnoresCase() {
        assertTrue(Pattern.of("name", "gv1*").matches("gv1"));
        assertTrue(Pattern.of("name", "gv1*").matches("GV123"));
        assertFalse(Pattern.of("name", "gv1*").matches("gv2"));
        assertTrue(Pattern.of("name", "*-data").matches("vm-data"));
        assertTrue(Pattern.of("name", "a*a").matches("aa"));
        assertFalse(Pattern.of("name", "ab*ba").matches("aba"), "prefix and suffix may not overlap");
        assertTrue(Pattern.of("name", "*").matches("anything"));
        assertTrue(Pattern.of("type", "replicate").matches("Replicate"));
        assertFalse(Pattern.of("type", "replicate").matches("Distributed-Replicate"));
        assertFalse(Pattern.of("type", "x").matches(null));
        for (String bad : List.of("", "a*b*", "tab\t", "x".repeat(257))) {
            assertEquals("name", assertThrows(InvalidInputException.class, () -> Pattern.of("name", bad)).field());
        }
    }

    @Test
    void pagesWalkEveryItemOnceByCursorEvenWhenTheListChanges() {
        List<String> names = new ArrayList<>(IntStream.range(0, 300).mapToObj(i -> "gv" + i).toList());
        java.util.Collections.shuffle(names, new java.util.Random(1));
        List<String> seen = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        int pages = 0;
        do {
            Page<String> page = Page.of(names, Function.identity(), new PageRequest(50,
                    cursor.map(Cursor::key)));
            assertEquals(300, page.total());
            seen.addAll(page.items());
            cursor = page.next();
            pages++;
            if (pages == 3) { // one created before the cursor, one deleted after it: neither skips nor repeats
                names.add("gv0a");
                names.remove("gv99");
            }
        } while (cursor.isPresent());
        assertEquals(6, pages);
        assertEquals(299, seen.size());
        assertEquals(seen.size(), seen.stream().distinct().count());
        assertEquals(seen.stream().sorted().toList(), seen);
    }

    @Test
    void withoutLimitOrCursorTheWholeListKeepsItsOrder() {
        Page<String> page = Page.of(List.of("b", "a", "c"), Function.identity(), PageRequest.all());
        assertEquals(List.of("b", "a", "c"), page.items());
        assertEquals(3, page.total());
        assertTrue(page.next().isEmpty());
    }

    @Test
    void inOrderPagesKeepTheListsOrderAndFilter() {
        List<String> bricks = List.of("n2:/b", "n1:/a", "n2:/c", "n1:/d", "n2:/e");
        Page<String> first = Page.inOrder(bricks, b -> b.startsWith("n2"), new PageRequest(2, Optional.empty()));
        assertEquals(List.of("n2:/b", "n2:/c"), first.items());
        assertEquals(3, first.total());
        Page<String> second = Page.inOrder(bricks, b -> b.startsWith("n2"),
                new PageRequest(2, Optional.of(Cursor.key(first.next().orElseThrow()))));
        assertEquals(List.of("n2:/e"), second.items());
        assertTrue(second.next().isEmpty());
    }

    @Test
    void aLogIsNeverAnsweredWholeAndItsLimitHasTheSameBounds() {
        Paging paging = new Paging();
        paging.defaultLimit = 100;
        paging.maxLimit = 1000;
        assertEquals(new PageRequest(100, Optional.empty()), paging.bounded(null, null));
        assertEquals(new PageRequest(7, Optional.of("12")), paging.bounded("7", Cursor.after("12")));
        assertEquals("limit", assertThrows(InvalidInputException.class, () -> paging.bounded("1001", null)).field());
        paging.defaultLimit = 5000;
        assertEquals(new PageRequest(1000, Optional.empty()), paging.bounded(null, null), "never over the maximum");
    }

    @Test
    void limitIsOneToTheMaximumAndACursorAloneTakesTheDefault() {
        Paging paging = new Paging();
        paging.defaultLimit = 100;
        paging.maxLimit = 1000;
        assertEquals(PageRequest.all(), paging.request(null, null));
        assertEquals(new PageRequest(50, Optional.empty()), paging.request("50", null));
        assertEquals(new PageRequest(100, Optional.of("gv1")), paging.request(null, Cursor.after("gv1")));
        for (String bad : List.of("0", "-1", "1001", "ten", "", "1.5")) {
            assertEquals("limit", assertThrows(InvalidInputException.class, () -> paging.request(bad, null)).field());
        }
        assertEquals(true, Paging.flag("online", "TRUE"));
        assertEquals(false, Paging.flag("online", "0"));
        assertEquals("online", assertThrows(InvalidInputException.class, () -> Paging.flag("online", "up")).field());
        assertEquals("Started", Paging.oneOf("status", "started", java.util.Set.of("Started", "Stopped")));
    }
}
