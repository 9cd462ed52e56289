package org.trayflow.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The tenants view in Debian's headless Chromium, driven by Playwright. */
class TenantsViewIT {

  private Playwright playwright;
  private Browser browser;

  @BeforeEach
  void openBrowser() {
    playwright = Playwright.create();
    browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
        .setExecutablePath(Path.of("/usr/bin/chromium"))
        .setHeadless(true)
        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run")));
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
    playwright.close();
  }

  @Test
  void the_front_page_lists_both_demo_hospitals() {
    Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 720));
    page.navigate(TrayflowServer.baseUrl() + "/");

    Locator grid = page.locator("vaadin-grid#tenants");
    assertThat(grid).containsText("St Mungo's Hospitals NHS Trust");
    assertThat(grid).containsText("Riverside Regional Health");
    assertThat(grid).containsText("Eastgate Community Hospital");
    assertThat(page).hasTitle("Hospitals · Trayflow");

    page.screenshot(new Page.ScreenshotOptions().setPath(TrayflowServer.screenshotDir().resolve("tenants-view.png")));
  }
}
