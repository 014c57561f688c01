package org.suanpan.serve;

import java.util.Map;

/**
 * The headers every answer carries so a browser takes it for what it is: no content sniffing, and a Content-Security-Policy
 * that lets the page run only the service's own scripts and styles and forbids framing it — except for the add-ins,
 * which the Office and WPS hosts load in frames of their own (Office also loads Microsoft's office.js).
 */
final class Headers {
    static final String NOSNIFF = "nosniff";

    /** The web page and the API: own scripts and styles only, never framed. */
    static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
        + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /**
     * The Office add-in: its pages carry a few inline styles, load office.js from Microsoft (which loads more of its own
     * scripts and frames), and are framed by Office on the web and by the desktop hosts. Only scripts, styles, plugins
     * and framing are restricted: office.js's own frames and connections are left to Office.
     */
    static final String OFFICE_POLICY = "script-src 'self' https://appsforoffice.microsoft.com https://*.microsoft.com https://*.office.com "
        + "https://*.office.net https://*.officeapps.live.com; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; "
        + "frame-ancestors 'self' https://*.office.com https://*.office365.com https://*.officeapps.live.com https://*.microsoft.com "
        + "https://*.sharepoint.com https://*.cloud.microsoft";

    /**
     * The WPS add-in: inline styles; WPS loads its pages itself and may frame them; it calls the service configured in
     * its settings, which may be another host.
     */
    static final String WPS_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        + "connect-src 'self' http: https:; object-src 'none'; base-uri 'none'; frame-ancestors *";

    private Headers() {
    }

    static String policyFor(String path) {
        if (path.startsWith("/addin/office")) {
            return OFFICE_POLICY;
        }
        if (path.startsWith("/addin/wps")) {
            return WPS_POLICY;
        }
        return PAGE_POLICY;
    }

    static Map<String, String> staticHeaders(String hostedPath) {
        return Map.of("Cache-Control", "max-age=0", "X-Content-Type-Options", NOSNIFF, "Content-Security-Policy", policyFor(hostedPath),
            "Referrer-Policy", "no-referrer");
    }
}
