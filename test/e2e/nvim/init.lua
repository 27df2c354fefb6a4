-- Headless Neovim (0.7+) end-to-end check of the Claimcheck language server over stdio.
-- Usage: CLAIMCHECK_SERVER=dist/server.js CLAIMCHECK_FACTS=ws/facts.yaml \
--          nvim --headless -u test/e2e/nvim/init.lua ws/notes/anthropic-compute.md
-- Prints one `PASS name` / `FAIL name: expected …, got …` line per check and exits 0 only if all pass.
-- Neovim 0.7 has vim.lsp.start_client but not vim.lsp.start, so this uses the former.
-- Neovim sends the buffer's filetype as the LSP languageId: the server checks `markdown` documents.
vim.cmd('filetype on')

local server = assert(os.getenv('CLAIMCHECK_SERVER'), 'CLAIMCHECK_SERVER not set')
local facts_file = assert(os.getenv('CLAIMCHECK_FACTS'), 'CLAIMCHECK_FACTS not set')
local timeout_ms = tonumber(os.getenv('CLAIMCHECK_TIMEOUT_MS') or '20000')

local failures, passes = 0, 0
local function out(s) io.stdout:write(s .. '\n') end
local function check(name, ok, detail)
  if ok then passes = passes + 1; out('PASS ' .. name)
  else failures = failures + 1; out('FAIL ' .. name .. ': ' .. detail) end
end

-- Fact ids and source URLs straight from the facts file (the test's own truth, not the server's).
local fact_ids, urls = {}, {}
for line in io.lines(facts_file) do
  local id = line:match('^%s*%-%s+id:%s*([%w%._%-]+)')
  if id then table.insert(fact_ids, id) end
  local url = line:match('^%s*url:%s*(%S+)')
  if url then urls[url] = true end
end

-- 0-based line and byte column of the first occurrence of `needle` in the buffer.
local function find_text(bufnr, needle)
  for i, l in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
    local c = l:find(needle, 1, true)
    if c then return i - 1, c - 1 end
  end
end

local function contradicted_at(diags, lnum, col)
  for _, d in ipairs(diags) do
    if d.code == 'contradicted' and d.lnum == lnum and d.col <= col and col < d.end_col + (d.end_lnum > d.lnum and 1e9 or 0) then
      return d
    end
  end
end

local function dump(diags)
  local lines = {}
  for _, d in ipairs(diags) do
    table.insert(lines, string.format('  %d:%d %s [%s] %s', d.lnum + 1, d.col + 1, tostring(d.code), tostring(d.source), d.message:gsub('\n', ' ')))
  end
  return table.concat(lines, '\n')
end

local function run()
  local bufnr = vim.api.nvim_get_current_buf()
  if vim.bo[bufnr].filetype ~= 'markdown' then vim.bo[bufnr].filetype = 'markdown' end
  local root = vim.fn.fnamemodify(facts_file, ':p:h')
  local client_id = vim.lsp.start_client({
    name = 'claimcheck',
    cmd = { 'node', server, '--stdio' },
    root_dir = root,
    workspace_folders = { { uri = vim.uri_from_fname(root), name = 'ws' } },
    flags = { debounce_text_changes = 0 },
  })
  assert(client_id, 'could not start ' .. server)
  vim.lsp.buf_attach_client(bufnr, client_id)

  -- 1. diagnostics: contradicted on the two wrong figures, none on the supported ones.
  local wrong = { '$5 billion', '$200 billion' }
  local supported = { '100,000 H100 equivalents', '$18 billion' }
  local function both_wrong_flagged()
    local diags = vim.diagnostic.get(bufnr)
    for _, w in ipairs(wrong) do
      local l, c = find_text(bufnr, w)
      if not contradicted_at(diags, l, c) then return false end
    end
    return true
  end
  vim.wait(timeout_ms, both_wrong_flagged, 100)
  local diags = vim.diagnostic.get(bufnr)
  out('DIAGNOSTICS (' .. #diags .. '):\n' .. dump(diags))
  for _, w in ipairs(wrong) do
    local l, c = find_text(bufnr, w)
    local d = contradicted_at(diags, l, c)
    check('diagnostic contradicted on ' .. w, d ~= nil and d.source == 'claimcheck',
      string.format('expected a `contradicted` diagnostic from source claimcheck at %d:%d, got:\n%s', l + 1, c + 1, dump(diags)))
  end
  -- The server writes a publish in ASCII, the dash of "… — the sourced rounds are …" as a JSON
  -- escape: Neovim's JSON reader must give back the dash itself.
  do
    local l, c = find_text(bufnr, wrong[1])
    local d = contradicted_at(diags, l, c)
    local message = d and d.message or ''
    check('a diagnostic message past ASCII reads as written (the dash)', message:find('\226\128\148 the sourced', 1, true) ~= nil and message:find('\\u', 1, true) == nil,
      'got: ' .. message)
  end
  for _, s in ipairs(supported) do
    local l, c = find_text(bufnr, s)
    check('no contradicted diagnostic on ' .. s, l ~= nil and contradicted_at(diags, l, c) == nil,
      string.format('expected no `contradicted` diagnostic at %s:%s, got:\n%s', tostring(l and l + 1), tostring(c and c + 1), dump(diags)))
  end
  local codes_ok = true
  for _, d in ipairs(diags) do
    if d.source == 'claimcheck' and type(d.code) ~= 'string' then codes_ok = false end
  end
  check('every claimcheck diagnostic has a code', codes_ok and #diags > 0, 'got:\n' .. dump(diags))

  -- 2. hover on `$5 billion`: the verdict and a source URL that is in the facts file.
  local l, c = find_text(bufnr, '$5 billion')
  local res = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) }, position = { line = l, character = c + 1 } }, timeout_ms)
  local hover = ''
  for _, r in pairs(res or {}) do
    if r.result and r.result.contents then
      local contents = r.result.contents
      hover = type(contents) == 'string' and contents or contents.value or vim.inspect(contents)
    end
  end
  out('HOVER:\n' .. hover)
  local hover_url
  for url in hover:gmatch('https?://[^%s%)%]>"]+') do
    if urls[url] then hover_url = url end
  end
  check('hover on $5 billion shows a source URL from the facts file', hover_url ~= nil,
    'expected a URL listed in ' .. facts_file .. ' in the hover, got: ' .. hover)
  check('hover on $5 billion shows the verdict', hover:lower():find('contradicted', 1, true) ~= nil,
    'expected the word "contradicted" in the hover, got: ' .. hover)

  -- 3. completion after `[@` offers the facts file's ids.
  local last = vim.api.nvim_buf_line_count(bufnr)
  local typed = 'Amazon invested $4 billion [@'
  vim.api.nvim_buf_set_lines(bufnr, last, last, false, { '', typed })
  local cres = vim.lsp.buf_request_sync(bufnr, 'textDocument/completion', {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    position = { line = last + 1, character = #typed },
    context = { triggerKind = 2, triggerCharacter = '@' },
  }, timeout_ms)
  local offered = {}
  for _, r in pairs(cres or {}) do
    local items = r.result and (r.result.items or r.result) or {}
    for _, item in ipairs(items) do
      offered[(item.textEdit and item.textEdit.newText) or item.insertText or item.label] = true
      offered[item.label] = true
    end
  end
  local missing = {}
  for _, id in ipairs(fact_ids) do
    if not offered[id] then table.insert(missing, id) end
  end
  local got = vim.tbl_keys(offered); table.sort(got)
  check('completion after [@ offers every fact id', #fact_ids > 0 and #missing == 0,
    'expected the ' .. #fact_ids .. ' ids of ' .. facts_file .. ', missing: ' .. table.concat(missing, ', ') ..
    '; offered: ' .. table.concat(got, ', '))

  vim.lsp.stop_client(client_id, true)
  out(string.format('neovim: %d passed, %d failed', passes, failures))
  os.exit(failures == 0 and 0 or 1)
end

vim.api.nvim_create_autocmd('VimEnter', {
  callback = function()
    local ok, err = pcall(run)
    if not ok then out('FAIL neovim driver error: ' .. tostring(err)); os.exit(2) end
  end,
})
