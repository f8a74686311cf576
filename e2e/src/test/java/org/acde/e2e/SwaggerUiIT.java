package org.acde.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 13: Swagger UI's <em>Authorize</em> as a person uses it, in Debian's headless Chromium driven by Debian's
 * chromedriver (Selenium downloads nothing): every contract offers exactly the platform's two flows at this stack's
 * realm; an API client signs in with client credentials and a person through Keycloak's login page (authorization
 * code + PKCE), and each runs "Try it out" on an operation that needs a token. Every step leaves a screenshot under
 * {@code e2e/target/screenshots/}; a failing test also leaves the page's HTML there.
 */
@SystemTest
class SwaggerUiIT {

    private static final Path SCREENSHOTS = Path.of(System.getProperty("acde.root", "..")).toAbsolutePath().normalize()
            .resolve("e2e/target/screenshots");
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    /** Long enough for a cold gateway, Keycloak and service on two shared cores; the conditions end a wait at once. */
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String TOKEN_URL = Stack.ISSUER + "/protocol/openid-connect/token";
    private static final String AUTHORIZATION_URL = Stack.ISSUER + "/protocol/openid-connect/auth";
    private static final String CLIENT_CREDENTIALS = "keycloak (OAuth2, clientCredentials)";
    /** Swagger UI names the flow so when it signs in with PKCE (quarkus.swagger-ui.oauth-use-pkce-...=true). */
    private static final String AUTHORIZATION_CODE = "keycloak (OAuth2, authorizationCode with PKCE)";

    private Path profile;
    private ChromeDriver browser;
    private WebDriverWait wait;
    private String test;
    private int step;

    /** A failing step leaves a screenshot and the HTML of every open window (before the browser is closed). */
    @RegisterExtension
    final TestExecutionExceptionHandler evidence = (context, failure) -> {
        if (browser != null) {
            try {
                for (String window : browser.getWindowHandles()) {
                    browser.switchTo().window(window);
                    String name = String.format("%s-%02d-failed-%s", test, ++step,
                            window.substring(Math.max(0, window.length() - 6)));
                    Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
                    Files.writeString(SCREENSHOTS.resolve(name + ".html"), browser.getPageSource(), StandardCharsets.UTF_8);
                }
            } catch (RuntimeException | IOException e) {
                failure.addSuppressed(e);
            }
        }
        throw failure;
    };

    @BeforeEach
    void openBrowser(TestInfo info) throws IOException {
        test = info.getTestMethod().orElseThrow().getName();
        step = 0;
        Files.createDirectories(SCREENSHOTS);
        profile = Files.createTempDirectory("swagger-ui-chromium");
        // Both binaries named: Selenium Manager has nothing to look up or download.
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort().withLogFile(SCREENSHOTS.resolveSibling("chromedriver.log").toFile()).build();
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile,
                "--window-size=1280,1400");
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, WAIT);
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        }
    }

    @Test
    void everyContractOffersExactlyThePlatformsTwoFlowsAtThisStacksRealm() throws IOException {
        openSwaggerUi();
        Select definitions = new Select(browser.findElement(By.cssSelector(".topbar select")));
        assertThat(definitions.getOptions()).extracting(WebElement::getText)
                .containsExactlyInAnyOrder("gateway", "initiatives", "matchmaking", "capacity", "events");
        assertThat(definitions.getFirstSelectedOption().getText()).isEqualTo("gateway");
        for (String definition : List.of("gateway", "initiatives", "matchmaking", "capacity", "events")) {
            showDefinition(definition);
            assertThat(browser.findElement(By.cssSelector(".servers select")).getText()).contains(Stack.GATEWAY_URL);
            List<WebElement> flows = openAuthorizeDialog();
            assertThat(flows).extracting(flow -> flow.findElement(By.tagName("h4")).getText())
                    .as("flows the Authorize dialog of %s offers", definition)
                    .containsExactly(CLIENT_CREDENTIALS, AUTHORIZATION_CODE);
            assertThat(flows.get(0).getText()).contains("Token URL: " + TOKEN_URL).doesNotContain("Authorization URL");
            assertThat(flows.get(1).getText()).contains("Authorization URL: " + AUTHORIZATION_URL)
                    .contains("Token URL: " + TOKEN_URL);
            screenshot("authorize-" + definition);
            closeAuthorizeDialog();
        }
    }

    @Test
    void anApiClientSignsInWithClientCredentialsAndListsEnterprises() throws IOException {
        openSwaggerUi();
        showDefinition("matchmaking");
        WebElement flow = flow(openAuthorizeDialog(), CLIENT_CREDENTIALS);
        type(flow.findElement(By.cssSelector("input[data-name=clientId]")), "agency-vn-demo");
        type(flow.findElement(By.cssSelector("input[data-name=clientSecret]")), "agency-vn-demo-dev-secret");
        screenshot("client-credentials-filled-in");
        flow.findElement(By.cssSelector("button.authorize")).click();
        awaitAuthorized(CLIENT_CREDENTIALS);
        screenshot("client-credentials-authorized");
        closeAuthorizeDialog();

        WebElement operation = tryItOut("listEnterprises");
        execute(operation);
        String status = awaitResponseStatus(operation);
        screenshot("client-credentials-list-enterprises");
        assertThat(status).as("status of GET /api/v1/enterprises in the response panel").isEqualTo("200");
        assertThat(operation.findElement(By.cssSelector(".curl-command")).getText()).contains("Authorization: Bearer ");
        assertThat(operation.findElement(By.cssSelector(".responses-wrapper .live-responses-table")).getText())
                .contains("\"items\"");
    }

    @Test
    void aPersonSignsInThroughKeycloaksLoginPageWithPkceAndProposesAnInitiative() throws IOException {
        openSwaggerUi();
        showDefinition("initiatives");
        WebElement flow = flow(openAuthorizeDialog(), AUTHORIZATION_CODE);
        assertThat(flow.findElement(By.cssSelector("input[data-name=clientId]")).getDomProperty("value"))
                .isEqualTo("developer-portal");
        screenshot("authorization-code-dialog");
        String swaggerUi = browser.getWindowHandle();
        Set<String> before = browser.getWindowHandles();
        flow.findElement(By.cssSelector("button.authorize")).click();

        // Swagger UI opens Keycloak's login page in a window of its own.
        wait.until(driver -> driver.getWindowHandles().size() > before.size());
        String login = browser.getWindowHandles().stream().filter(handle -> !before.contains(handle)).findFirst().orElseThrow();
        browser.switchTo().window(login);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        assertThat(browser.getCurrentUrl()).startsWith(AUTHORIZATION_URL).contains("client_id=developer-portal")
                .contains("code_challenge_method=S256")
                .contains("redirect_uri=" + java.net.URLEncoder.encode(Stack.GATEWAY_URL + "/q/swagger-ui/oauth2-redirect.html",
                        StandardCharsets.UTF_8));
        browser.findElement(By.id("username")).sendKeys("agency.vn.demo");
        browser.findElement(By.id("password")).sendKeys("agency.vn.demo-dev-password");
        screenshot("keycloak-login");
        browser.findElement(By.id("kc-login")).click();

        // Keycloak sends the window to Swagger UI's oauth2-redirect.html, which hands the code over and closes it.
        wait.until(driver -> !driver.getWindowHandles().contains(login));
        browser.switchTo().window(swaggerUi);
        awaitAuthorized(AUTHORIZATION_CODE);
        screenshot("authorization-code-authorized");
        closeAuthorizeDialog();

        WebElement operation = tryItOut("createInitiative");
        replaceBody(operation, """
                {"title": "Swagger UI sign-in check", "summary": "Proposed through Swagger UI by a signed-in person.",
                 "measure": "VII", "subAreas": ["MSME_PARTICIPATION"], "leadParty": "VN", "participatingParties": ["VN"]}""");
        execute(operation);
        String status = awaitResponseStatus(operation);
        screenshot("authorization-code-create-initiative");
        assertThat(status).as("status of POST /api/v1/initiatives in the response panel").isEqualTo("201");
        assertThat(operation.findElement(By.cssSelector(".curl-command")).getText()).contains("Authorization: Bearer ");
        assertThat(operation.findElement(By.cssSelector(".responses-wrapper .live-responses-table")).getText())
                .contains("\"leadParty\": \"VN\"").contains("\"status\": \"PROPOSED\"");
    }

    private void openSwaggerUi() throws IOException {
        browser.get(Stack.GATEWAY_URL + "/q/swagger-ui/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".information-container .title")));
        screenshot("swagger-ui");
    }

    /** Picks a contract in the top bar and waits until its operations are shown. */
    private void showDefinition(String definition) {
        WebElement select = browser.findElement(By.cssSelector(".topbar select"));
        if (!new Select(select).getFirstSelectedOption().getText().equals(definition)) {
            new Select(select).selectByVisibleText(definition);
        }
        String document = definition.equals("gateway") ? "/q/openapi" : "/openapi/" + definition;
        wait.until(driver -> {
            List<WebElement> url = driver.findElements(By.cssSelector(".information-container .link, .information-container .url"));
            return url.stream().anyMatch(link -> link.getText().contains(document))
                    && !driver.findElements(By.cssSelector(".opblock")).isEmpty()
                    && driver.findElements(By.cssSelector(".loading-container")).isEmpty();
        });
    }

    /** Opens the Authorize dialog and returns its flows, one per auth container. */
    private List<WebElement> openAuthorizeDialog() {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".scheme-container button.authorize"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".dialog-ux .modal-ux")));
        return browser.findElements(By.cssSelector(".dialog-ux .auth-container"));
    }

    private void closeAuthorizeDialog() {
        browser.findElement(By.cssSelector(".dialog-ux .modal-ux-header button.close-modal")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".dialog-ux")));
    }

    private static WebElement flow(List<WebElement> flows, String name) {
        return flows.stream().filter(flow -> flow.findElement(By.tagName("h4")).getText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no flow " + name + " in the Authorize dialog"));
    }

    /** Waits until the flow shows itself authorized (its Logout button) or an error; an error fails the test. */
    private void awaitAuthorized(String name) {
        wait.until(driver -> {
            WebElement flow = flow(driver.findElements(By.cssSelector(".dialog-ux .auth-container")), name);
            return !flow.findElements(By.cssSelector("button.authorize")).stream().filter(b -> b.getText().equals("Logout"))
                    .toList().isEmpty() || !flow.findElements(By.cssSelector(".errors")).isEmpty();
        });
        WebElement flow = flow(browser.findElements(By.cssSelector(".dialog-ux .auth-container")), name);
        assertThat(flow.findElements(By.cssSelector(".errors"))).as("errors shown by %s", name).isEmpty();
        assertThat(flow.getText()).contains("Authorized");
    }

    /** Opens an operation (by operationId) and presses "Try it out". */
    private WebElement tryItOut(String operationId) {
        By block = By.cssSelector(".opblock[id$='-" + operationId + "']");
        WebElement operation = wait.until(ExpectedConditions.presenceOfElementLocated(block));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'start'})", operation);
        operation.findElement(By.cssSelector(".opblock-summary-control, .opblock-summary")).click();
        // The block renders its body after the click: wait for the button rather than look for it at once.
        wait.until(driver -> operation.findElements(By.cssSelector("button.try-out__btn")).stream()
                .filter(button -> button.isDisplayed() && button.isEnabled()).findFirst().orElse(null)).click();
        wait.until(driver -> !operation.findElements(By.cssSelector("button.execute")).isEmpty());
        return operation;
    }

    private void execute(WebElement operation) {
        WebElement execute = operation.findElement(By.cssSelector("button.execute"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", execute);
        execute.click();
    }

    /** The status code of the live response Swagger UI shows once the call has returned. */
    private String awaitResponseStatus(WebElement operation) {
        By status = By.cssSelector(".live-responses-table .response .response-col_status");
        WebElement cell = wait.until(driver -> operation.findElements(status).stream().findFirst().orElse(null));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'start'})",
                operation.findElement(By.cssSelector(".responses-wrapper")));
        return cell.getText().strip();
    }

    /**
     * Replaces the example request body. Typed key by key it took some 15 s (Swagger UI re-renders the whole contract
     * on every key), so the text is pasted as one input event, which Swagger UI takes as it takes typing.
     */
    private void replaceBody(WebElement operation, String json) {
        WebElement body = operation.findElement(By.cssSelector("textarea.body-param__text"));
        ((JavascriptExecutor) browser).executeScript("""
                const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set;
                setter.call(arguments[0], arguments[1]);
                arguments[0].dispatchEvent(new Event('input', {bubbles: true}));""", body, json);
        wait.until(driver -> body.getDomProperty("value").equals(json));
    }

    /** Replaces a field's content as a person would: select all, then type. */
    private static void type(WebElement field, String text) {
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(text);
    }

    private void screenshot(String name) throws IOException {
        Path file = SCREENSHOTS.resolve(String.format("%s-%02d-%s.png", test, ++step, name));
        Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
        assertThat(Files.readAllBytes(file)).as("screenshot %s", file).startsWith(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
    }
}
