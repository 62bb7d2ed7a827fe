-- An allowed actual request: GET / from the benchmark's origin (set by run.sh in BENCH_ORIGIN).
wrk.method = "GET"
wrk.headers["Origin"] = os.getenv("BENCH_ORIGIN")
