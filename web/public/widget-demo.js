// The demo host page's script: a file, not inline, so the backend's CSP (script-src 'self') runs it.
(function () {
  var status = document.getElementById('status');
  var select = document.getElementById('customer');
  async function signIn() {
    var parts = select.value.split('|');
    var response = await fetch('/api/dev/token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ userId: parts[0], name: parts[1] }),
    });
    if (!response.ok) {
      status.textContent = 'The demo sign-in is not available here (production): the token comes from the app.';
      return null;
    }
    return (await response.json()).token;
  }
  async function start() {
    var token = await signIn();
    if (!token) return;
    window.ZetChat.init({
      token: token,
      context: { screen: 'checkout_payment', errorCode: 'U30' },
      refreshToken: signIn,
    });
    status.textContent = 'Signed in as ' + select.options[select.selectedIndex].text + '. Open the chat with the round button, or a help button.';
  }
  document.getElementById('help-payment').addEventListener('click', function () {
    window.ZetChat.open({ context: { screen: 'checkout_payment', errorCode: 'U30' } });
  });
  document.getElementById('help-refund').addEventListener('click', function () {
    window.ZetChat.open({ context: { screen: 'refunds' } });
  });
  select.addEventListener('change', start);
  if (window.ZetChat && window.ZetChat.init) start();
  else status.textContent = 'The widget script did not load (build it: npm run build).';
})();
