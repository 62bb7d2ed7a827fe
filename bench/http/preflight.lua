-- An allowed preflight for DELETE with two request headers, as a browser sends it (lower case, sorted).
wrk.method = "OPTIONS"
wrk.headers["Origin"] = os.getenv("BENCH_ORIGIN")
wrk.headers["Access-Control-Request-Method"] = "DELETE"
wrk.headers["Access-Control-Request-Headers"] = "authorization,content-type"
