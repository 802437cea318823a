package eu.cbss.impt.hub.web.access;

import java.util.Optional;

/** Where to go after sign-in: the page first asked for if it is on this site and a page, else home. */
final class ReturnAddress {

    private ReturnAddress() {
    }

    static String choose(Optional<String> original, String site, String home) {
        return original
                .filter(url -> url.startsWith(site + "/"))
                .filter(url -> !url.contains("/callback") && !url.contains("/logout") && !url.contains("jakarta.faces.resource"))
                .orElse(home);
    }
}
