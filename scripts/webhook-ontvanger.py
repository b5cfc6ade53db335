"""A webhook receiver for the end-to-end run (scripts/keycloak-e2e.sh): it agrees to the NL GOV
handshake (OPTIONS answered with WebHook-Allowed-Origin: *) and accepts every delivery (204), so
that the contract tests can subscribe as a partner would. Usage: python3 webhook-ontvanger.py PORT"""
import http.server
import sys


class Ontvanger(http.server.BaseHTTPRequestHandler):
    def do_OPTIONS(self):
        self.send_response(200)
        self.send_header("WebHook-Allowed-Origin", "*")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args):
        pass


http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Ontvanger).serve_forever()
