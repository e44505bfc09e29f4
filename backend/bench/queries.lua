-- wrk script for the directory search: rotates over realistic queries and prints
-- one RESULT line with p50/p95/p99 (ms), throughput and errors (non-2xx included).
-- Environment: TOKEN (bearer), MODE (two-terms | selective | one-term | filters), EXTRA (more query string).
local token = os.getenv("TOKEN")
local mode = os.getenv("MODE") or "two-terms"
local extra = os.getenv("EXTRA") or ""

local two_terms = { "nettoyage bureaux", "espaces verts", "traiteur solidaire", "vélo reconditionné",
  "peinture intérieure", "collecte mobilier", "plateaux repas", "déménagement bureaux", "paniers légumes",
  "blanchisserie linge", "numérisation archives", "taille haies", "recyclerie textiles", "insertion propreté",
  "maintenance informatique", "livraison vélo" }
-- A kind of supplier in a place: what a buyer types most, a few dozen matches each.
local selective = { "traiteur montreuil", "propreté nanterre", "recyclerie versailles", "vélo créteil",
  "blanchisserie cergy", "maraîchage melun", "bâtiment argenteuil", "logistique évry", "numérique vincennes",
  "espaces verts meaux", "traiteur pantin", "propreté boulogne", "recyclerie saint-denis", "vélo ivry",
  "logistique aubervilliers", "bâtiment colombes" }
local one_term = { "nettoyage", "solidaire", "insertion", "bureaux", "vélo", "traiteur", "collecte", "repas" }
local filters = { "department=93&kind=ACI", "department=75", "sector=hygiene-et-proprete&department=92",
  "kind=EI&kind=ETTI", "lat=48.8566&lon=2.3522&radiusKm=10", "prestaType=GOODS&department=94",
  "label=esus", "network=fei&minInsertionFte=20" }

local function encode(text)
  return (text:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local counter = 0
request = function()
  counter = counter + 1
  local query
  if mode == "filters" then
    query = filters[counter % #filters + 1]
  elseif mode == "selective" then
    query = "q=" .. encode(selective[counter % #selective + 1])
  elseif mode == "one-term" then
    query = "q=" .. encode(one_term[counter % #one_term + 1])
  else
    query = "q=" .. encode(two_terms[counter % #two_terms + 1])
  end
  return wrk.format("GET", "/api/v1/structures?" .. query .. extra, { ["Authorization"] = "Bearer " .. token })
end

done = function(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read
    + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT p50=%.1f p95=%.1f p99=%.1f rps=%.0f requests=%d errors=%d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests / (summary.duration / 1000000), summary.requests, errors))
end
