package org.gluster.restapi.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnservedPathsTest {

    static final String NOT_UTF8 = "the path is not UTF-8 once its %-escapes are decoded (an overlong or cut sequence,"
            + " a surrogate, or a byte such as %FF)";
    static final String DOTS = "the path ends in a segment of dots that the container does not resolve (three or"
            + " more dots, or /. at the root)";
    static final String ABOVE_ROOT = "the path leads above the root with .. (the container counts a segment of three"
            + " or more dots as ..)";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/v1/volumes/%00|the path has a NUL character (%00)",
            "/rest/v1/volume-info/a%00b?x=1|the path has a NUL character (%00)",
            "/v1/volumes/a%5Cb|the path has a backslash (\\ or %5C)",
            "/v1/volumes/a%5cb|the path has a backslash (\\ or %5C)",
            "/v1/volumes/a\\b|the path has a backslash (\\ or %5C)",
            "/v1/volumes/%zz|the path has a % that is not followed by two hexadecimal digits",
            "/v1/volumes/%2|the path has a % that is not followed by two hexadecimal digits",
            "/v1/../..|" + UnservedPathsTest.ABOVE_ROOT,
            "/..|" + UnservedPathsTest.ABOVE_ROOT,
            "/rest/%2e%2e/%2E%2E/x|" + UnservedPathsTest.ABOVE_ROOT,
            "/rest/./../..|" + UnservedPathsTest.ABOVE_ROOT,
            "/v1/volumes/..%2E%2E/%2E%2E/%2e%2e|" + UnservedPathsTest.ABOVE_ROOT,
            "/v1/..../..|" + UnservedPathsTest.ABOVE_ROOT,
            "/.../x|" + UnservedPathsTest.ABOVE_ROOT,
            "/rest/.../.../x|" + UnservedPathsTest.ABOVE_ROOT,
            "/...%2F..|" + UnservedPathsTest.ABOVE_ROOT,
            "/....../../|" + UnservedPathsTest.ABOVE_ROOT,
            "/.|" + UnservedPathsTest.DOTS,
            "/rest/v1/volume-info/..%2e%2e;jsessionid=x|" + UnservedPathsTest.DOTS,
            "/v1/volumes/...;jsessionid=x|" + UnservedPathsTest.DOTS,
            "/v1/volumes/..%2e%2e;jsessionid=x/b|" + UnservedPathsTest.DOTS,
            "/v1/a;jsessionid=x;y=1/...|" + UnservedPathsTest.DOTS,
            "/%2e|" + UnservedPathsTest.DOTS,
            "/./.|" + UnservedPathsTest.ABOVE_ROOT,
            "/rest/v1/volume-info/..%2e%2e|" + UnservedPathsTest.DOTS,
            "/v1/volumes/...|" + UnservedPathsTest.DOTS,
            "/rest/..%2F%2e%2e%2E%2E/|" + UnservedPathsTest.ABOVE_ROOT,
            "/rest/v1/volume-info/x/....|" + UnservedPathsTest.DOTS,
            "/rest/v1/volume-info/%C0%AF|" + UnservedPathsTest.NOT_UTF8,
            "/v1/volumes/%E0%80%AF|" + UnservedPathsTest.NOT_UTF8,
            "/v1/volumes/%ED%A0%80|" + UnservedPathsTest.NOT_UTF8,
            "/v1/volumes/%FF|" + UnservedPathsTest.NOT_UTF8,
            "/v1/volumes/%C3|" + UnservedPathsTest.NOT_UTF8,
            "/rest/v1/volume-info/;;jsessionid=x%00|the path has a NUL character (%00)",
            "/rest/;;jsessionid=%5C%2e%2e|the path has a backslash (\\ or %5C)",
            "/v1/volumes/;;jsessionid=.%C0%AF|" + UnservedPathsTest.NOT_UTF8,
            "/v1/volumes/%2e%2e;;jsessionid=/...|" + UnservedPathsTest.DOTS,
            "/v1/volumes/;j;jsessionid=x/...|" + UnservedPathsTest.DOTS,
            "/v1/volumes/a/%FF|" + UnservedPathsTest.NOT_UTF8})
    void aPathTheContainerRefusesIsNamedWithItsReason(String uri, String reason) {
        assertEquals(Optional.of(reason), UnservedPaths.refusal(uri));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v1/volumes", "/v1/volumes/gv0?x=%00", "/rest/v1/volume-info/%2F", "/rest/..",
            "/rest/v1/../../v1", "/v1//volumes/./gv0/..", "/v1/volumes/%C3%A9t%C3%A9", "/v1/volumes/%F0%9F%9A%80", "*",
            "http://host/x", "/v1/volumes/a%20b", "/v1/volumes/.../x", "/v1/volumes/a...", "/v1/volumes/...a",
            "/v1/volumes/..../x", "/rest/v1/.../..", "/v1/./.../x",
            "/v1/..../", "/v1/...//", "/rest/.../", "/v1/volumes/.../.", "/v1/volumes/.a.a/..../.",
            "/v1/volumes/...;x", "/v1/volumes/..;jsessionid=x", "/v1/volumes/a;jsessionid=x/../..",
            "/v1/..;jsessionid=x/../..", "/v1/..;x/../..", "/v1/volumes/..%2e%2e%3bjsessionid=x", "/v1/;jsessionid=x",
            "/v1/volumes/x;jsessionid=..", "/rest/v1/volume-info/;;jsessionid=;jsessionid=%C0%AF//",
            "/v1/volumes/gv-none/%C0%AF%2F..", "/v1/volumes/%FF%2E%2E/..", "/rest/%FF//%2e%2e", "/v1/volumes/%FF/.."})
    void aPathTheContainerServesIsLeftAlone(String uri) {
        assertEquals(Optional.empty(), UnservedPaths.refusal(uri));
    }
}
