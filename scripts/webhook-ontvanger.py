"""A webhook receiver for the end-to-end run (scripts/keycloak-e2e.sh): it agrees to the NL GOV
handshake (OPTIONS answered with WebHook-Allowed-Origin: *) and accepts every delivery (204), so
that the contract tests can subscribe as a partner would. Each delivery's path and CloudEvent types
go to LOG, a line each, for the run to check. Usage: python3 webhook-ontvanger.py PORT LOG"""
import http.server
import json
import sys


class Ontvanger(http.server.BaseHTTPRequestHandler):
    def do_OPTIONS(self):
        self.send_response(200)
        self.send_header("WebHook-Allowed-Origin", "*")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        try:
            events = json.loads(body)
            typen = [e.get("type", "") for e in (events if isinstance(events, list) else [events])]
        except (ValueError, AttributeError):
            typen = ["?"]
        with open(sys.argv[2], "a", encoding="utf-8") as log:
            log.write(self.path + " " + " ".join(typen) + "\n")
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args):
        pass


http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Ontvanger).serve_forever()
