-- POST /api/v1/user/login with one registered user; counts non-200 answers as errors.
wrk.method = "POST"
wrk.path = "/api/v1/user/login"
wrk.headers["Content-Type"] = "application/json"
wrk.body = string.format('{"phone":"%s","password":"%s"}', os.getenv("PHONE"), os.getenv("PASSWORD"))

local bad = 0
function response(status, headers, body)
  if status ~= 200 then bad = bad + 1 end
end

function done(summary, latency, requests)
  io.write(string.format("non-200 answers: %d\n", bad))
end
