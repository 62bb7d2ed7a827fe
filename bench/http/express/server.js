// The seed's server, the Node.js anchor of the HTTP benchmark: Express with the `cors` package, configured as the
// seed describes it (one origin with credentials, GET/POST/DELETE/OPTIONS, Content-Type and Authorization) and a
// plain-text hello on GET /. Settings come from the environment (and a .env file, as in the seed).
import express from "express";
import cors from "cors";
import dotenv from "dotenv";

dotenv.config({ quiet: true });

const port = Number(process.env.PORT ?? 4000);
const host = process.env.HOST ?? "127.0.0.1";
const origin = process.env.BASE_URL;
if (!origin) {
  console.error("BASE_URL is not set. Set it to the one origin the policy allows, e.g. BASE_URL=https://app.example.com.");
  process.exit(1);
}

const app = express();
app.use(
  cors({
    origin,
    credentials: true,
    methods: ["GET", "POST", "DELETE", "OPTIONS"],
    allowedHeaders: ["Content-Type", "Authorization"],
  }),
);

// Same body as CorsKit.Server's GET /, so every server sends a response of the same size.
app.get("/", (_req, res) => {
  res.type("text/plain").send("Hello from CorsKit!");
});
app.get("/healthz", (_req, res) => {
  res.type("text/plain").send("ok");
});

const server = app.listen(port, host, () => {
  console.log(`express+cors listening on http://${host}:${server.address().port}`);
});
process.on("SIGTERM", () => server.close(() => process.exit(0)));
