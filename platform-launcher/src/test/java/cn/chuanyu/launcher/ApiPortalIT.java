package cn.chuanyu.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The API portal as a frontend developer meets it, in a real headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}) against the embedded platform: Swagger UI served by the gateway shows the operations of the
 * three contexts; the developer logs in on Keycloak's own login page through the Authorize dialog; "Try it out" on an
 * operation that refused them before now succeeds. Nothing on the way may break the portal's Content-Security-Policy
 * (Chromium reports every violation in the console). On failure, screenshots, page sources and the console of every
 * window are kept in {@code target/api-portal/}.
 */
class ApiPortalIT {

    private static final Path CHROMIUM = Path.of(System.getProperty("chuanyu.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER =
            Path.of(System.getProperty("chuanyu.chromedriver", "/usr/bin/chromedriver"));
    private static final Path EVIDENCE = Path.of("target/api-portal").toAbsolutePath();
    private static final List<String> CONTEXTS = List.of("conference", "alliance", "training");
    /** Generous: the bundle is 1.7 MB and this machine's two cores are shared; a slow page is not a failure here. */
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    /** A researcher's own papers: 401 without a login, 200 for a researcher (fancong: 樊聪, demo user). */
    private static final String PAPERS_TAG = "conference: Papers";

    private static final String MY_PAPERS =
            "//div[contains(@class,'opblock-get')][.//*[@data-path='/api/conference/papers/mine']]";
    private static final By OPERATION = By.xpath(MY_PAPERS);
    private static final By OPERATION_SUMMARY = By.xpath(MY_PAPERS + "//*[contains(@class,'opblock-summary-control')]");
    private static final By TRY_IT_OUT = By.xpath(MY_PAPERS + "//button[contains(@class,'try-out__btn')]");
    private static final By EXECUTE = By.xpath(MY_PAPERS + "//button[contains(@class,'execute')]");
    private static final String KEYCLOAK_SCHEME =
            "//div[contains(@class,'auth-container')][.//h4[contains(., 'keycloak')]]";

    private static String portal;
    private static String portalOrigin;

    private ChromeDriver browser;
    private WebDriverWait wait;
    private final List<String> console = new ArrayList<>();

    @RegisterExtension
    final AfterTestExecutionCallback keepEvidenceOnFailure = context -> {
        if (context.getExecutionException().isPresent() && browser != null) {
            keepEvidence(context.getRequiredTestMethod().getName());
        }
    };

    @BeforeAll
    static void startPlatform() throws Exception {
        // a missing browser is a broken machine, not a reason to skip the portal's only browser test
        assertThat(Files.isExecutable(CHROMIUM))
                .as(
                        "%s is missing: the API portal is tested in Debian's Chromium; "
                                + "install it with: apt-get install -y chromium chromium-driver",
                        CHROMIUM)
                .isTrue();
        assertThat(Files.isExecutable(CHROMEDRIVER))
                .as("%s is missing: install it with: apt-get install -y " + "chromium-driver", CHROMEDRIVER)
                .isTrue();
        portal = PlatformUnderTest.gateway("/").toString();
        portalOrigin = portal.substring(0, portal.length() - 1);
        // The realm lists the portal's usual origins (http://127.0.0.1:8080, http://localhost:8080); this gateway
        // runs on a free port, so its origin is added as an operator would, or the browser could not read the token.
        webOrigins(origins -> {
            if (!contains(origins, portalOrigin)) {
                origins.add(portalOrigin);
            }
        });
    }

    @AfterAll
    static void forgetThePortalsOrigin() throws Exception {
        if (portalOrigin != null) {
            webOrigins(origins -> {
                for (int i = origins.size() - 1; i >= 0; i--) {
                    if (origins.get(i).asText().equals(portalOrigin)) {
                        origins.remove(i);
                    }
                }
            });
        }
    }

    @BeforeEach
    void openBrowser() throws IOException {
        Files.createDirectories(EVIDENCE);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1400,1000");
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        // the driver's path given explicitly: Selenium Manager is not run, so nothing is looked up or downloaded
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(EVIDENCE.resolve("chromedriver.log").toFile())
                .build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, PATIENCE);
        wait.ignoring(StaleElementReferenceException.class); // Swagger UI re-renders what it shows
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void thePortalShowsTheOperationsOfTheThreeContexts() throws Exception {
        JsonNode document = PlatformUnderTest.json(PlatformUnderTest.send(
                HttpRequest.newBuilder(PlatformUnderTest.gateway("/openapi")).GET()));
        browser.get(portal);

        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".info .title")))
                        .getText())
                .startsWith("Chuanyu platform API");
        assertThat(browser.findElement(By.cssSelector(".auth-wrapper .authorize"))
                        .isDisplayed())
                .isTrue();
        for (String context : CONTEXTS) {
            List<String> tagsOfContext = document.path("tags").findValuesAsText("name").stream()
                    .filter(tag -> tag.startsWith(context + ": "))
                    .toList();
            assertThat(tagsOfContext).as("the document's tags of " + context).isNotEmpty();
            filter(context + ":");
            // the list is virtualised: what is shown is the top of the filtered list, the context's first tags
            List<String> shown = wait.until(driver -> {
                List<String> tags =
                        strings("return Array.from(document.querySelectorAll('.opblock-tag'), t => t.dataset.tag)");
                return !tags.isEmpty() && tags.stream().allMatch(tag -> tag.startsWith(context + ": ")) ? tags : null;
            });
            assertThat(shown).first().isEqualTo(tagsOfContext.get(0));
            assertThat(tagsOfContext).containsAll(shown);
            assertThat(strings("return Array.from(document.querySelectorAll('.opblock-summary-path'),"
                            + " p => p.dataset.path)"))
                    .isNotEmpty()
                    .allMatch(path -> path.startsWith("/api/" + context + "/"));
        }
        assertNoContentSecurityPolicyViolation();
    }

    @Test
    void aResearcherLogsInWithKeycloakFromThePortalAndCallsAnOperationThatNeedsTheLogin() throws Exception {
        browser.get(portal);
        String portalWindow = browser.getWindowHandle();
        filter(PAPERS_TAG);
        wait.until(ExpectedConditions.elementToBeClickable(OPERATION_SUMMARY)).click();
        wait.until(ExpectedConditions.elementToBeClickable(TRY_IT_OUT)).click();

        // anonymous: the service refuses, and the page shows it
        wait.until(ExpectedConditions.elementToBeClickable(EXECUTE)).click();
        String anonymous = wait.until(driver -> responseStatus());
        assertThat(anonymous).isEqualTo("401");

        // Authorize → the keycloak scheme's own Authorize → Keycloak's login page in a window of its own
        browser.findElement(By.cssSelector(".auth-wrapper .authorize")).click();
        wait.until(ExpectedConditions.elementToBeClickable(
                        By.xpath(KEYCLOAK_SCHEME + "//button[normalize-space()='Authorize']")))
                .click();
        wait.until(driver -> driver.getWindowHandles().size() == 2);
        browser.switchTo()
                .window(browser.getWindowHandles().stream()
                        .filter(h -> !h.equals(portalWindow))
                        .findFirst()
                        .orElseThrow());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")))
                .sendKeys("fancong");
        assertThat(browser.getCurrentUrl())
                .startsWith(PlatformUnderTest.platform().realmUrl() + "/protocol/openid-connect/auth?")
                .contains("code_challenge_method=S256")
                .contains("redirect_uri="
                        + URLEncoder.encode(portal + "portal/oauth2-redirect.html", StandardCharsets.UTF_8));
        browser.findElement(By.id("password")).sendKeys("fancong-pass");
        browser.findElement(By.id("kc-login")).click();
        // Keycloak sends the window back to the gateway's oauth2-redirect.html, which hands the code over and closes
        wait.until(driver -> driver.getWindowHandles().size() == 1);
        browser.switchTo().window(portalWindow);
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath(KEYCLOAK_SCHEME + "//button[normalize-space()='Logout']")));
        assertThat(browser.findElement(By.xpath(KEYCLOAK_SCHEME)).getText()).contains("Authorized");
        browser.findElement(By.cssSelector(".modal-ux .close-modal")).click();

        // the same call again, now with the token the page got from Keycloak
        wait.until(ExpectedConditions.elementToBeClickable(EXECUTE)).click();
        String status = wait.until(driver -> {
            String shown = responseStatus();
            return shown != null && !shown.equals("401") ? shown : null;
        });
        assertThat(status).isEqualTo("200");
        WebElement operation = browser.findElement(OPERATION);
        assertThat(operation.findElement(By.cssSelector(".curl-command")).getText())
                .contains("Authorization: Bearer ey");
        assertThat(operation
                        .findElement(By.cssSelector(".live-responses-table tr.response .response-col_description"))
                        .getText())
                .contains("\"items\"", "\"total\"");
        assertNoContentSecurityPolicyViolation();
    }

    private void filter(String text) {
        WebElement filter =
                wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".operation-filter-input")));
        filter.clear();
        filter.sendKeys(text);
    }

    /** The status of the answer "Try it out" shows for the operation, or null while there is none. */
    private String responseStatus() {
        List<WebElement> status = browser.findElement(OPERATION)
                .findElements(By.cssSelector(".live-responses-table tr.response .response-col_status"));
        // the code, then "Undocumented" when the document does not list it
        return status.isEmpty() ? null : status.get(0).getText().trim().split("\\s+")[0];
    }

    @SuppressWarnings("unchecked")
    private List<String> strings(String script) {
        return (List<String>) browser.executeScript(script);
    }

    private void assertNoContentSecurityPolicyViolation() {
        readConsole();
        assertThat(console).as("the browser console").noneMatch(line -> line.contains("Content Security Policy"));
    }

    /** Chromium's console of every window of the session so far (reading it empties the driver's buffer). */
    private void readConsole() {
        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            console.add(entry.getLevel() + " " + entry.getMessage());
        }
    }

    private void keepEvidence(String test) throws IOException {
        Path folder = Files.createDirectories(EVIDENCE.resolve(test));
        int n = 0;
        for (String window : browser.getWindowHandles()) {
            WebDriver shown = browser.switchTo().window(window);
            n++;
            Files.write(folder.resolve("window-" + n + ".png"), browser.getScreenshotAs(OutputType.BYTES));
            Files.writeString(
                    folder.resolve("window-" + n + ".html"), shown.getCurrentUrl() + "\n" + shown.getPageSource());
        }
        readConsole();
        Files.write(folder.resolve("console.txt"), console);
        System.out.println("API portal evidence kept in " + folder);
    }

    /** Changes the web origins of the realm's frontend client through Keycloak's admin API (its demo admin). */
    private static void webOrigins(Consumer<ArrayNode> change) throws Exception {
        String keycloak = PlatformUnderTest.platform().keycloakUrl();
        HttpResponse<String> login = PlatformUnderTest.send(
                HttpRequest.newBuilder(URI.create(keycloak + "/realms/master/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "grant_type=password&client_id=admin-cli&username=admin&password=admin")));
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        String admin =
                "Bearer " + PlatformUnderTest.json(login).get("access_token").asText();
        String clients = keycloak + "/admin/realms/chuanyu/clients";
        HttpResponse<String> found =
                PlatformUnderTest.send(HttpRequest.newBuilder(URI.create(clients + "?clientId=chuanyu-web"))
                        .header("Authorization", admin));
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        ObjectNode client = (ObjectNode) PlatformUnderTest.json(found).get(0);
        change.accept(client.withArray("webOrigins"));
        HttpResponse<String> updated = PlatformUnderTest.send(HttpRequest.newBuilder(
                        URI.create(clients + "/" + client.get("id").asText()))
                .header("Authorization", admin)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(client.toString())));
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(204);
    }

    private static boolean contains(ArrayNode values, String value) {
        for (JsonNode v : values) {
            if (v.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }
}
