-- Neovim 0.7.2 as a second LSP client of the Tradecraft language server.
--
-- Run by test/e2e/neovim.test.mjs:
--   nvim --headless --clean -c 'luafile test/e2e/neovim/client.lua'
-- with these environment variables:
--   TRADECRAFT_WS          workspace folder (a copy of samples/)
--   TRADECRAFT_SERVER      path of dist/tradecraft-lsp.cjs
--   TRADECRAFT_FILE        the assessment to open
--   TRADECRAFT_HOVER_LINE  hover position: 0-based line ...
--   TRADECRAFT_HOVER_COL   ... and 0-based byte column, as the cursor sees it
--   TRADECRAFT_OUT         where to write the JSON result
--   TRADECRAFT_TIMEOUT_MS  overall budget (default 30000)
--   TRADECRAFT_SETTINGS    optional JSON of the `tradecraft` settings, e.g.
--                          {"severity":{"weak-source":"off"}}, given the way
--   TRADECRAFT_SETTINGS_VIA  says: `didChangeConfiguration` (sent from on_init,
--                          as nvim-lspconfig does) or `init_options`
--
-- It opens the file, waits for the server's diagnostics of the opened
-- version, hovers at the position the way `K` would (cursor, then
-- make_position_params), writes { diagnostics, hover, ... } as JSON and
-- quits. On a timeout or any error it says what it was waiting for on stderr
-- and exits with `cquit 1`.
--
-- Neovim 0.7 has no vim.lsp.start: vim.lsp.start_client + buf_attach_client.

local started = vim.loop.hrtime()
local budget_ms = tonumber(os.getenv('TRADECRAFT_TIMEOUT_MS') or '') or 30000

local function elapsed_ms()
  return (vim.loop.hrtime() - started) / 1e6
end

local function remaining_ms()
  return math.max(0, budget_ms - elapsed_ms())
end

-- Whatever the server says besides diagnostics, for the failure message.
local server_log = {}

local function fail(message)
  io.stderr:write(string.format('neovim client: %s (after %.1f s)\n', message, elapsed_ms() / 1000))
  if #server_log > 0 then
    io.stderr:write('neovim client: server messages:\n  ' .. table.concat(server_log, '\n  ') .. '\n')
  end
  io.stderr:flush()
  vim.cmd('cquit 1')
end

local function required_env(name)
  local value = os.getenv(name)
  if value == nil or value == '' then
    error('environment variable ' .. name .. ' is not set', 0)
  end
  return value
end

--- Waits on the event loop until `predicate()` holds, within the overall budget.
local function wait_for(what, predicate)
  local ok = vim.wait(remaining_ms(), predicate, 20)
  if not ok then
    error(string.format('timed out (%d ms budget) waiting for %s', budget_ms, what), 0)
  end
end

-- The LSP code: Neovim 0.7 copies it to `code` and (deprecated) to `user_data.lsp.code`.
local function code_of(d)
  if d.code ~= nil then
    return d.code
  end
  if type(d.user_data) == 'table' and type(d.user_data.lsp) == 'table' then
    return d.user_data.lsp.code
  end
  return vim.NIL
end

-- A byte column of a buffer line as a UTF-16 column (what the server sent).
local function utf16_col(bufnr, lnum, byte_col)
  local line = vim.api.nvim_buf_get_lines(bufnr, lnum, lnum + 1, false)[1]
  if line == nil then
    return vim.NIL
  end
  local ok, _, utf16 = pcall(vim.str_utfindex, line, math.min(byte_col, #line))
  if not ok then
    return vim.NIL
  end
  return utf16
end

-- Hover contents may be MarkupContent, a MarkedString or a list of them.
local function hover_text(contents)
  if type(contents) == 'string' then
    return contents
  end
  if type(contents) ~= 'table' then
    return nil
  end
  if contents.value ~= nil then
    return contents.value
  end
  local parts = {}
  for _, part in ipairs(contents) do
    parts[#parts + 1] = hover_text(part) or ''
  end
  return table.concat(parts, '\n\n')
end

local function main()
  local ws = required_env('TRADECRAFT_WS')
  local server = required_env('TRADECRAFT_SERVER')
  local file = required_env('TRADECRAFT_FILE')
  local out = required_env('TRADECRAFT_OUT')
  local hover_line = tonumber(required_env('TRADECRAFT_HOVER_LINE'))
  local hover_col = tonumber(required_env('TRADECRAFT_HOVER_COL'))

  -- The publishes for our buffer, in order: the version each one carried
  -- (vim.NIL when none) and how many diagnostics.
  local publishes = {}
  local bufnr -- set once the file is open
  local default_publish = vim.lsp.handlers['textDocument/publishDiagnostics']
  vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
    default_publish(err, result, ctx, config)
    if result and bufnr and vim.uri_to_bufnr(result.uri) == bufnr then
      publishes[#publishes + 1] = {
        version = result.version == nil and vim.NIL or result.version,
        count = #result.diagnostics,
      }
    end
  end

  -- Neovim 0.7 neither sends `settings` by itself nor says it answers
  -- workspace/configuration: a user's config (or nvim-lspconfig) sends them
  -- from on_init, or passes them as initialization options.
  local settings_json = os.getenv('TRADECRAFT_SETTINGS')
  local settings_via = os.getenv('TRADECRAFT_SETTINGS_VIA')
  local settings, init_options, on_init = nil, nil, nil
  if settings_json and settings_json ~= '' then
    local tradecraft = vim.fn.json_decode(settings_json)
    if settings_via == 'init_options' then
      init_options = { settings = tradecraft }
    elseif settings_via == 'didChangeConfiguration' then
      settings = { tradecraft = tradecraft }
      on_init = function(c)
        c.notify('workspace/didChangeConfiguration', { settings = c.config.settings })
      end
    else
      error('TRADECRAFT_SETTINGS_VIA must be didChangeConfiguration or init_options', 0)
    end
  end

  local exited = nil
  local client_id = vim.lsp.start_client({
    name = 'tradecraft',
    cmd = { 'node', server, '--stdio' },
    root_dir = ws,
    settings = settings,
    init_options = init_options,
    on_init = on_init,
    handlers = {
      ['window/logMessage'] = function(_, result)
        server_log[#server_log + 1] = 'log: ' .. tostring(result and result.message)
      end,
      ['window/showMessage'] = function(_, result)
        server_log[#server_log + 1] = 'show: ' .. tostring(result and result.message)
      end,
    },
    on_error = function(code, err)
      server_log[#server_log + 1] = 'rpc error ' .. tostring(code) .. ': ' .. vim.inspect(err)
    end,
    on_exit = function(code, signal)
      exited = { code = code, signal = signal }
    end,
    flags = { exit_timeout = 2000 },
  })
  if not client_id then
    error('vim.lsp.start_client returned nil (could not start node ' .. server .. ')', 0)
  end

  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = 'markdown'
  if not vim.lsp.buf_attach_client(bufnr, client_id) then
    error('vim.lsp.buf_attach_client failed', 0)
  end

  local client
  wait_for('the server to initialize', function()
    if exited then
      error(string.format('the server exited during start (code %s, signal %s)', exited.code, exited.signal), 0)
    end
    client = vim.lsp.get_client_by_id(client_id)
    return client ~= nil and client.initialized == true
  end)

  -- The diagnostics of the text Neovim opened: a publish carrying the buffer's
  -- own version (didOpen sends 0 in Neovim 0.7), with findings, and the same
  -- findings in vim.diagnostic. An earlier publish from the workspace scan
  -- (no version) does not count.
  wait_for('textDocument/publishDiagnostics for the opened version of ' .. file, function()
    local version = vim.lsp.util.buf_versions[bufnr]
    for i = #publishes, 1, -1 do
      local p = publishes[i]
      if p.version == version then
        return p.count > 0 and #vim.diagnostic.get(bufnr) == p.count
      end
    end
    return false
  end)

  local diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    diagnostics[#diagnostics + 1] = {
      lnum = d.lnum,
      col = d.col,
      end_lnum = d.end_lnum,
      end_col = d.end_col,
      col_utf16 = utf16_col(bufnr, d.lnum, d.col),
      end_col_utf16 = utf16_col(bufnr, d.end_lnum, d.end_col),
      code = code_of(d),
      severity = d.severity,
      message = d.message,
      source = d.source == nil and vim.NIL or d.source,
    }
  end

  -- Hover as a user would: put the cursor on the word, let Neovim turn it into
  -- an LSP position (UTF-16), ask the server.
  vim.api.nvim_win_set_cursor(0, { hover_line + 1, hover_col })
  local params = vim.lsp.util.make_position_params(0, client.offset_encoding)
  local response, reason = client.request_sync('textDocument/hover', params, remaining_ms(), bufnr)
  if response == nil then
    error('no answer to textDocument/hover: ' .. tostring(reason or 'request not sent'), 0)
  end
  if response.err then
    error('textDocument/hover failed: ' .. vim.inspect(response.err), 0)
  end
  local hover = vim.NIL
  if response.result and response.result.contents then
    hover = hover_text(response.result.contents) or vim.NIL
  end

  local f = assert(io.open(out, 'w'))
  f:write(vim.fn.json_encode({
    diagnostics = diagnostics,
    hover = hover,
    hover_position = params.position,
    publishes = publishes,
    offset_encoding = client.offset_encoding,
    elapsed_ms = math.floor(elapsed_ms()),
  }))
  f:close()

  -- A clean shutdown (shutdown request, exit notification), then quit.
  vim.lsp.stop_client(client_id)
  wait_for('the server to exit after shutdown', function()
    return exited ~= nil
  end)
end

local ok, err = xpcall(main, function(e)
  if type(e) == 'string' and not e:find('\n') and not e:find('%.lua:%d+:') then
    return e
  end
  return debug.traceback(tostring(e), 2)
end)
if ok then
  vim.cmd('qall!')
else
  fail(tostring(err))
end
