// Defaults for the Suanpan WPS add-in. Leave service empty to use the address the add-in was loaded from
// (online mode, the service's /addin/wps/), or http://127.0.0.1:7070 when it was installed offline.
// The offline installer rewrites this file with the address given to it; 设置服务地址 overrides it per user.
window.SUANPAN_DEFAULTS = { service: '' };
