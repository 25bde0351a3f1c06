package org.gluster.restapi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.gluster.restapi.identity.Roles;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person in a real browser (Debian's headless Chromium, driven by Selenium through Debian's
 * chromedriver): opens the explorer, authorizes with a real session token and runs GET /v1/volumes
 * from the page. The screenshot is left in target/explorer/.
 */
@ExtendWith(ArquillianExtension.class)
class ExplorerIT {

    static final Path SCREENSHOTS = Path.of("target/explorer");
    static final String VOLUME = "itexplorer";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war(ExplorerIT.class);
    }

    @ArquillianResource
    URL deployed;

    Gateway gateway;
    String token;
    WebDriver browser;
    Path profile;

    @BeforeEach
    void prepare() throws IOException {
        String password = Users.create(Deployments.stateDir(ExplorerIT.class), "itexplorer", Roles.ADMINISTRATOR);
        token = new Gateway(deployed).auth("itexplorer", password).object().getString("token");
        gateway = new Gateway(deployed).withHeader("X-Auth-Token", token);
        gateway.delete("/v1/volumes/" + VOLUME);
        var created = gateway.post("/v1/volumes", """
                {"name": "%s", "bricks": ["%s"], "force": true}""".formatted(VOLUME, LocalGlusterd.brick(VOLUME, "b1")));
        assertEquals(201, created.status(), created::toString);
        profile = Files.createTempDirectory("explorer-chromium");
        browser = chromium(profile);
    }

    @AfterEach
    void close() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        HttpsIT.deleteTree(profile);
        gateway.delete("/v1/volumes/" + VOLUME);
    }

    @Test
    void aPersonAuthorizesWithASessionTokenAndListsTheVolumesFromThePage() throws IOException {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get(deployed.toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".swagger-ui .info .title"),
                "glusterrestd"));
        assertTrue(browser.getCurrentUrl().endsWith("/rest/explorer/"), browser.getCurrentUrl());

        browser.findElement(By.cssSelector(".scheme-container button.authorize")).click();
        WebElement sessionScheme = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//div[contains(@class,'auth-container')][.//h4[contains(., 'sessionToken')]]")));
        sessionScheme.findElement(By.cssSelector("input")).sendKeys(token);
        sessionScheme.findElement(By.cssSelector("button.authorize")).click();
        wait.until(ExpectedConditions.textToBePresentInElement(sessionScheme, "Authorized"));
        browser.findElement(By.cssSelector(".modal-ux button.btn-done")).click();

        browser.findElement(By.cssSelector("#operations-tag-volumes")).click();
        WebElement operation = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.id("operations-volumes-listVolumes")));
        operation.findElement(By.cssSelector(".opblock-summary-control")).click();
        wait.until(ExpectedConditions.elementToBeClickable(operation.findElement(By.cssSelector("button.try-out__btn"))))
                .click();
        wait.until(ExpectedConditions.elementToBeClickable(operation.findElement(By.cssSelector("button.execute"))))
                .click();
        WebElement answer;
        try {
            answer = wait.until(ExpectedConditions.presenceOfNestedElementLocatedBy(operation,
                    By.cssSelector(".live-responses-table .response-col_description pre")));
        } finally {
            screenshot();
        }
        String status = operation.findElement(By.cssSelector(".live-responses-table tbody .response-col_status"))
                .getText();
        ((ChromeDriver) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", answer);
        Path shot = screenshot();
        assertEquals("200", status.strip(), answer.getText());
        assertTrue(answer.getText().contains("\"name\": \"" + VOLUME + "\""), answer.getText());
        assertTrue(Files.size(shot) > 10_000, "screenshot " + shot);
    }

    private Path screenshot() throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path shot = SCREENSHOTS.resolve("list-volumes.png");
        Files.copy(((ChromeDriver) browser).getScreenshotAs(OutputType.FILE).toPath(), shot,
                StandardCopyOption.REPLACE_EXISTING);
        return shot;
    }

    /** Chromium as this machine runs it: headless, as root, and never reaching outside. */
    static WebDriver chromium(Path profile) {
        ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium");
        options.addArguments(List.of("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1600", "--user-data-dir=" + profile));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}
