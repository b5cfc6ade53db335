package nl.vraagwijzer.support;

import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * HTTP/1.1 written byte for byte, for what no well-behaved client sends: control characters in a
 * header, a chunked body over the limit, a request line of 9,000 characters.
 */
public final class RuweHttp {

    /** The answer: status, the header block as text (lower-cased names) and the body. */
    public record Antwoord(int status, String headers, String body) {
        public boolean isProblemJson() {
            return headers.contains("content-type: application/problem+json");
        }
    }

    private RuweHttp() {}

    /** Sends {@code kop} (request line and headers, CRLF-separated, without the blank line) and {@code body}. */
    public static Antwoord stuur(String kop, byte[] body) {
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(20_000);
            OutputStream uit = socket.getOutputStream();
            uit.write((kop + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            try {
                uit.write(body);
                uit.flush();
            } catch (IOException e) {
                // the server may answer and close before it has read everything
            }
            return lees(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Antwoord stuur(String kop) {
        return stuur(kop, new byte[0]);
    }

    /** {@code total} bytes of JSON-ish filler as chunks of 8 KB, with the closing chunk. */
    public static byte[] chunked(int total) {
        byte[] vulling = new byte[total];
        java.util.Arrays.fill(vulling, (byte) ' ');
        return chunked(vulling);
    }

    /** {@code body} as chunks of at most 8 KB, with the closing chunk. */
    public static byte[] chunked(byte[] body) {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        for (int verstuurd = 0; verstuurd < body.length; verstuurd += 8192) {
            int lengte = Math.min(8192, body.length - verstuurd);
            uit.writeBytes((Integer.toHexString(lengte) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            uit.write(body, verstuurd, lengte);
            uit.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        uit.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return uit.toByteArray();
    }

    private static Antwoord lees(InputStream in) throws IOException {
        byte[] alles = in.readAllBytes();
        String tekst = new String(alles, StandardCharsets.UTF_8);
        int einde = tekst.indexOf("\r\n\r\n");
        String kop = einde < 0 ? tekst : tekst.substring(0, einde);
        String body = einde < 0 ? "" : tekst.substring(einde + 4);
        int status = Integer.parseInt(kop.substring(9, 12));
        return new Antwoord(status, kop.toLowerCase(Locale.ROOT), body);
    }
}
