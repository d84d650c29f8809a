#!/usr/bin/python3
"""nova-novncproxy, made to reach the fake driver's console.

Nova's fake driver answers every VNC console request with host fakevncconsole.com, port 6969
and internal_access_path "FAKE". Two things stand between that and a real VNC server (x11vnc,
which up.sh runs on 127.0.0.1:6969):
- the name: it is resolved to 127.0.0.1 here, in the proxy's own process, which spares an
  /etc/hosts entry on the machine; every other name resolves as usual;
- the path: with one set, Zed's proxy first sends "CONNECT <path>" and then searches the bytes
  it reads for a str, a TypeError on Python 3 (only the fake driver sets a path, so nothing
  else meets it). The path is dropped from the token's connect info, so the proxy talks RFB to
  the VNC server at once, as it does for libvirt's consoles.
Importing nova.cmd first applies nova's eventlet monkey patching, so the wrapped resolver is
the one websockify calls.
"""
import socket
import sys

from nova.cmd import novncproxy
from nova.console import websocketproxy

FAKE_CONSOLE_HOSTS = {'fakevncconsole.com'}
_getaddrinfo = socket.getaddrinfo
_get_connect_info = websocketproxy.NovaProxyRequestHandler._get_connect_info


def getaddrinfo(host, *args, **kwargs):
    return _getaddrinfo('127.0.0.1' if host in FAKE_CONSOLE_HOSTS else host, *args, **kwargs)


def get_connect_info(self, ctxt, token):
    info = _get_connect_info(self, ctxt, token)
    info.internal_access_path = None
    return info


socket.getaddrinfo = getaddrinfo
websocketproxy.NovaProxyRequestHandler._get_connect_info = get_connect_info
sys.exit(novncproxy.main())
