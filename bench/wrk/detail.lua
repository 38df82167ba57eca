-- GET /api/v1/user/detail with a valid token; counts non-200 answers as errors.
wrk.method = "GET"
wrk.path = "/api/v1/user/detail"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")

local bad = 0
function response(status, headers, body)
  if status ~= 200 then bad = bad + 1 end
end

function done(summary, latency, requests)
  io.write(string.format("non-200 answers: %d\n", bad))
end
