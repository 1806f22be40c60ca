-- wrk script for the worker bench (worker/bench/load.ts): one JSON line with the request count, the
-- duration and the latencies in microseconds. Defines no request(), so wrk sends one static request.
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('WRK {"requests":%d,"duration":%d,"p50":%d,"p99":%d,"non2xx":%d,"errors":%d}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), e.status,
    e.connect + e.read + e.write + e.timeout))
end
