package org.gluster.restapi.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnservedPathsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/v1/volumes/%00|the path has a NUL character (%00)",
            "/rest/v1/volume-info/a%00b?x=1|the path has a NUL character (%00)",
            "/v1/volumes/a%5Cb|the path has a backslash (\\ or %5C)",
            "/v1/volumes/a%5cb|the path has a backslash (\\ or %5C)",
            "/v1/volumes/a\\b|the path has a backslash (\\ or %5C)",
            "/v1/volumes/%zz|the path has a % that is not followed by two hexadecimal digits",
            "/v1/volumes/%2|the path has a % that is not followed by two hexadecimal digits",
            "/v1/../..|the path leads above the root with ..",
            "/..|the path leads above the root with ..",
            "/rest/%2e%2e/%2E%2E/x|the path leads above the root with ..",
            "/rest/./../..|the path leads above the root with .."})
    void aPathTheContainerRefusesIsNamedWithItsReason(String uri, String reason) {
        assertEquals(Optional.of(reason), UnservedPaths.refusal(uri));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v1/volumes", "/v1/volumes/gv0?x=%00", "/rest/v1/volume-info/%2F", "/rest/..",
            "/rest/v1/../../v1", "/v1//volumes/./gv0/..", "/v1/volumes/%C0%AF", "/v1/volumes/%FF", "*",
            "http://host/x", "/v1/volumes/a%20b", "/v1/volumes/.../x"})
    void aPathTheContainerServesIsLeftAlone(String uri) {
        assertEquals(Optional.empty(), UnservedPaths.refusal(uri));
    }
}
