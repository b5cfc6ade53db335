-- wrk script for the service's warm-up (bench/run.sh): sends the read scenarios' requests in turn,
-- each with its own token and Accept. Argument: bench/target/verzoeken-<volume>.tsv (name, token,
-- URL, Accept per line, as run.sh writes it).
local verzoeken = {}

function init(args)
  for regel in io.lines(args[1]) do
    local naam, token, url, accept = regel:match("^([^\t]*)\t([^\t]*)\t([^\t]*)\t([^\t]*)$")
    if naam then
      local pad = url:match("^https?://[^/]+(/.*)$")
      verzoeken[#verzoeken + 1] = wrk.format("GET", pad, { ["Authorization"] = "Bearer " .. token, ["Accept"] = accept })
    end
  end
  if #verzoeken == 0 then
    error("no requests in " .. args[1])
  end
end

local volgende = 0

function request()
  volgende = volgende % #verzoeken + 1
  return verzoeken[volgende]
end
