#!/usr/bin/python3
"""Find-or-create the test data of Novadesk's e2e cloud (called by up.sh).

Every step looks up before it creates, so a re-run changes nothing.

  bootstrap.py identity    needs keystone only: projects, users, roles, catalog, regions
  bootstrap.py resources   needs every API: flavors, image, volume types, quotas, networks, routers

Speed matters here (it is on the critical path of a fresh bring-up): one python process
per phase instead of ~60 `openstack` CLI calls (~0.7 s of start-up each), direct API
calls instead of the SDK's cloud-layer helpers (which look everything up again), and
independent steps in parallel threads, one connection per thread.
"""
import json
import os
import sys
import threading
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import openstack
from openstack.block_storage.v3.quota_set import QuotaSet as VolumeQuotaSet
from openstack.compute.v2.quota_set import QuotaSet

E = os.environ
IP, KS = E["ND_IP"], E["ND_KS_URL"]

# project -> (user password, role, IPv4 CIDR, IPv6 CIDR)
# 198.18.0.0/15 (RFC 2544 benchmarking) and fd00:198:18::/48 (ULA) are never routed, and
# stay clear of 192.0.2.0/24, where a CI sandbox's own eth0 may sit. Nothing is plugged
# anywhere: these addresses only live in neutron's database.
PROJECTS = {
    "admin": (E["ND_ADMIN_PASSWORD"], "admin", None, None),
    "demo": ("demo", "member", "198.18.0.0/24", "fd00:198:18::/64"),
    "alt": ("alt", "member", "198.18.1.0/24", "fd00:198:18:1::/64"),
}
# A user whose login needs password + TOTP (Keystone's MFA rule): member of demo (its default
# project) and alt, so a re-scope to another project can be tested. Its TOTP key is up.sh's
# $ND_CLOUD_HOME/totp-demo-mfa.secret, so tests can compute its passcodes.
# Its password is not its name: Novadesk scrubs every secret it holds of 6 characters or more
# from what it shows (main/openstack/known-secrets.ts), and would scrub the name with it.
MFA_USER = ("demo-mfa", "mfa-passw0rd", ("demo", "alt"), "member")
MFA_OPTIONS = {"multi_factor_auth_rules": [["password", "totp"]], "multi_factor_auth_enabled": True}
SERVICE_USERS = ("glance", "placement", "nova", "neutron", "cinder")
# Cinder accepts some requests (detaching an in-use volume) only with a service token
# whose user holds this role: nova sends one ([service_user] in nova.conf)
SERVICE_ROLE_USERS = ("nova",)
# name -> extra specs. Cinder's fake driver always reports the backend name "fake", so
# every type selects it; two types give per-type quotas and type choices something to show.
VOLUME_TYPES = {
    "standard": {"volume_backend_name": "fake"},  # cinder.conf's default_volume_type
    "premium": {"volume_backend_name": "fake"},
}
# fixed ids, so tests can hard-code them: id -> (name, vcpus, ram MB, disk GB, extra specs)
FLAVORS = {
    "42": ("m1.nano", 1, 128, 1, {}),
    "84": ("m1.micro", 1, 192, 1, {}),
    "1": ("m1.tiny", 1, 512, 1, {}),
    # a namespace nova does not know: the scheduler and the fake driver ignore it, and
    # tests get an extra spec to read
    "2": ("m1.small", 1, 2048, 20, {"novadesk:tier": "small"}),
    "3": ("m1.medium", 2, 4096, 40, {}),
    # requires a trait no resource provider has: NoValidHost within a second or two,
    # without touching the compute host (cheap ERROR servers, by the hundred)
    "999": ("x1.unschedulable", 1, 64, 1, {"trait:CUSTOM_NOVADESK_UNSCHEDULABLE": "required"}),
}

_local = threading.local()


def log(msg):
    print("[bootstrap] " + msg, flush=True)


def connect(user="admin", pw=E["ND_ADMIN_PASSWORD"], project="admin"):
    return openstack.connect(auth_url=KS, username=user, password=pw, project_name=project,
                             user_domain_name="Default", project_domain_name="Default",
                             region_name="RegionOne", interface="public", identity_api_version="3")


def admin():
    """The admin connection of the calling thread."""
    if not hasattr(_local, "conn"):
        _local.conn = connect()
    return _local.conn


def parallel(*calls):
    """Run (fn, args...) tuples in threads; re-raise the first failure."""
    with ThreadPoolExecutor(max_workers=len(calls)) as pool:
        futures = [pool.submit(c[0], *c[1:]) for c in calls]
        return [f.result() for f in futures]


# ------------------------------------------------------------------------- identity
def project(name, domain):
    idn = admin().identity
    return idn.find_project(name, domain_id=domain.id) or \
        idn.create_project(name=name, domain_id=domain.id, description="Novadesk e2e")


def user(name, pw, proj, role, domain):
    idn = admin().identity
    u = idn.find_user(name, domain_id=domain.id)
    if not u:
        u = idn.create_user(name=name, password=pw, domain_id=domain.id, default_project_id=proj.id)
    else:
        try:  # re-set the password only when it no longer works: re-runs stay write-free
            connect(name, pw, proj.name).authorize()
        except Exception:
            idn.update_user(u, password=pw)
    idn.assign_project_role_to_user(proj, u, role)  # a PUT: idempotent


def password_accepted(name, pw):
    """True when Keystone takes the password alone, or (MFA rule) answers with a receipt for it."""
    body = {"auth": {"identity": {"methods": ["password"], "password": {
        "user": {"name": name, "password": pw, "domain": {"name": "Default"}}}}}}
    req = urllib.request.Request(KS + "/auth/tokens", data=json.dumps(body).encode(),
                                 headers={"Content-Type": "application/json"}, method="POST")
    try:
        with urllib.request.urlopen(req, timeout=30):
            return True
    except urllib.error.HTTPError as e:
        # 401 + Openstack-Auth-Receipt: the password was right and the rule wants a second method
        return e.code == 401 and bool(e.headers.get("Openstack-Auth-Receipt"))


def mfa_user(projects, roles, dom):
    idn = admin().identity
    name, pw, member_of, role = MFA_USER
    u = idn.find_user(name, domain_id=dom.id)
    if not u:
        u = idn.create_user(name=name, password=pw, domain_id=dom.id, default_project_id=projects[member_of[0]].id)
    elif not password_accepted(name, pw):
        idn.update_user(u, password=pw)
    for proj in member_of:
        idn.assign_project_role_to_user(projects[proj], u, roles[role])
    secret = E["ND_TOTP_SECRET"]
    creds = list(idn.credentials(user_id=u.id, type="totp"))
    for c in creds[1:]:  # one key, so a passcode from the stored secret is the only one that works
        idn.delete_credential(c)
    if not creds:
        idn.create_credential(type="totp", blob=secret, user_id=u.id)
    elif creds[0].blob != secret:
        idn.update_credential(creds[0], blob=secret)
    # user options are not attributes of openstacksdk's User: the API directly
    current = idn.get("/users/" + u.id).json()["user"].get("options", {})
    if any(current.get(k) != v for k, v in MFA_OPTIONS.items()):
        idn.patch("/users/" + u.id, json={"user": {"options": MFA_OPTIONS}}).raise_for_status()


def catalog():
    idn = admin().identity
    # RegionTwo aliases the same services: enough to test region selection in a client
    if not idn.find_region("RegionTwo"):
        idn.create_region(id="RegionTwo", description="alias of RegionOne (same services)")
    services = list(idn.services())
    endpoints = list(idn.endpoints(interface="public"))
    for name, stype, url in (("keystone", "identity", KS),
                             ("glance", "image", "http://%s:9292" % IP),
                             ("placement", "placement", "http://%s:8778" % IP),
                             ("nova", "compute", "http://%s:8774/v2.1" % IP),
                             ("neutron", "network", "http://%s:9696" % IP),
                             # Nova's [cinder] catalog_info looks for volumev3; newer
                             # clients for block-storage. No project id in the URL (Yoga+).
                             ("cinderv3", "volumev3", "http://%s:8776/v3" % IP),
                             ("cinder", "block-storage", "http://%s:8776/v3" % IP)):
        svc = next((s for s in services if s.type == stype), None) or \
            idn.create_service(name=name, type=stype, description=name, is_enabled=True)
        # keystone-manage bootstrap made RegionOne's identity endpoints; the rest: public only
        for region in ("RegionOne", "RegionTwo"):
            ep = next((e for e in endpoints if e.service_id == svc.id and e.region_id == region), None)
            if not ep:
                idn.create_endpoint(service_id=svc.id, interface="public", url=url, region_id=region)
            elif ep.url != url:
                idn.update_endpoint(ep, url=url)


def phase_identity():
    idn = admin().identity
    dom = idn.find_domain("default")
    roles = {r: idn.find_role(r, ignore_missing=False) for r in ("admin", "member")}
    roles["service"] = idn.find_role("service") or idn.create_role(name="service")
    projects = dict(zip(("service",) + tuple(PROJECTS),
                        parallel(*[(project, n, dom) for n in ("service",) + tuple(PROJECTS)])))
    parallel((catalog,), (mfa_user, projects, roles, dom),
             *[(user, n, pw, projects[n], roles[role], dom) for n, (pw, role, _, _) in PROJECTS.items()],
             *[(user, n, E["ND_SERVICE_PASSWORD"], projects["service"], roles["admin"], dom)
               for n in SERVICE_USERS])
    for n in SERVICE_ROLE_USERS:
        idn.assign_project_role_to_user(projects["service"], idn.find_user(n, domain_id=dom.id), roles["service"])
    log("identity ok: projects admin/demo/alt/service, users, roles, RegionOne + RegionTwo catalog")
    log("mfa ok: %s (projects %s) needs password + totp" % (MFA_USER[0], "/".join(MFA_USER[2])))


# ------------------------------------------------------------------------ resources
def flavors():
    cmp = admin().compute
    for fid, (name, vcpus, ram, disk, specs) in FLAVORS.items():
        f = cmp.find_flavor(fid, ignore_missing=True)
        if not f:
            f = cmp.create_flavor(id=fid, name=name, vcpus=vcpus, ram=ram, disk=disk, is_public=True)
        if specs and any((cmp.fetch_flavor_extra_specs(f).extra_specs or {}).get(k) != v
                         for k, v in specs.items()):
            cmp.create_flavor_extra_specs(f, specs)  # a POST: sets these keys, keeps others


def image():
    # 64 KiB of zeros: the fake driver never reads it. min_disk/min_ram give a client's
    # "does this flavor fit the image" check something to read (every flavor fits).
    img_api = admin().image
    img = img_api.find_image("tiny-raw")
    if img and img.status != "active":
        img_api.delete_image(img)
        img = None
    if not img:
        img = img_api.create_image(name="tiny-raw", data=b"\0" * 65536, disk_format="raw",
                                   container_format="bare", visibility="public",
                                   min_disk=1, min_ram=64, wait=True)
    elif img.min_disk != 1 or img.min_ram != 64:
        img_api.update_image(img, min_disk=1, min_ram=64)


def volume_types():
    bs = admin().block_storage
    for name, specs in VOLUME_TYPES.items():
        t = bs.find_type(name)
        if not t:
            bs.create_type(name=name, extra_specs=specs, is_public=True)
        elif any((t.extra_specs or {}).get(k) != v for k, v in specs.items()):
            bs.update_type_extra_specs(t, **specs)


def quotas(proj):
    # room for a few hundred servers per project (defaults: 10 instances, 50 ports); instances
    # beyond the bench's 1,000: Horizon disables Launch Instance in a project at its quota
    conn = admin()
    conn.compute.update_quota_set(QuotaSet(project_id=proj.id), force=True, instances=1100, cores=4000, ram=4096000,
                                  key_pairs=1000, server_groups=100, server_group_members=1000)
    conn.network.update_quota(proj.id, port=2000, network=100, subnet=200, router=50,
                              floatingip=200, security_group=100, security_group_rule=1000)
    conn.block_storage.update_quota_set(VolumeQuotaSet(project_id=proj.id), volumes=200, snapshots=200,
                                        gigabytes=2000)


def public_network(admin_project):
    # flat and never plugged: floating IPs exist at the API/DB level (no L3 agent runs).
    # 203.0.113.0/24 is TEST-NET-3.
    net = admin().network
    pub = net.find_network("public") or net.create_network(
        name="public", is_router_external=True, provider_network_type="flat",
        provider_physical_network="public", project_id=admin_project.id)
    if not net.find_subnet("public-subnet", network_id=pub.id):
        net.create_subnet(name="public-subnet", network_id=pub.id, ip_version=4, cidr="203.0.113.0/24",
                          gateway_ip="203.0.113.1", is_dhcp_enabled=False,
                          allocation_pools=[{"start": "203.0.113.10", "end": "203.0.113.250"}])
    return pub


def project_network(name, proj, cidr4, cidr6, pub):
    net = admin().network
    n = net.find_network(name + "-net", project_id=proj.id) or \
        net.create_network(name=name + "-net", project_id=proj.id)
    subnets = []
    for suffix, kw in (("-subnet", dict(ip_version=4, cidr=cidr4)),
                       # dhcpv6-stateful, not slaac: neutron then accepts a chosen v6
                       # address, e.g. from nova's --nic v6-fixed-ip=...
                       ("-subnet-v6", dict(ip_version=6, cidr=cidr6, ipv6_address_mode="dhcpv6-stateful",
                                           ipv6_ra_mode="dhcpv6-stateful"))):
        sn = net.find_subnet(name + suffix, network_id=n.id)
        subnets.append(sn or net.create_subnet(name=name + suffix, network_id=n.id, project_id=proj.id, **kw))
    r = net.find_router(name + "-router", project_id=proj.id) or net.create_router(
        name=name + "-router", project_id=proj.id, external_gateway_info={"network_id": pub.id})
    attached = {ip["subnet_id"] for port in net.ports(device_id=r.id) for ip in port.fixed_ips}
    for sn in subnets:
        if sn.id not in attached:
            net.add_interface_to_router(r, subnet_id=sn.id)


def networks(projects):
    pub = public_network(projects["admin"])
    parallel(*[(project_network, n, projects[n], c4, c6, pub)
               for n, (_, _, c4, c6) in PROJECTS.items() if c4])


def phase_resources():
    idn = admin().identity
    dom = idn.find_domain("default")
    projects = {n: idn.find_project(n, domain_id=dom.id, ignore_missing=False) for n in PROJECTS}
    parallel((flavors,), (image,), (volume_types,), (networks, projects),
             *[(quotas, p) for p in projects.values()])
    log("flavors ok: " + ", ".join("%s=%s" % (v[0], k) for k, v in FLAVORS.items()))
    log("image tiny-raw ok (raw/bare, min_disk 1, min_ram 64); quotas raised for admin/demo/alt")
    log("volume types ok: " + ", ".join(VOLUME_TYPES))
    log("networks ok: public (external); demo-net, alt-net (IPv4 + IPv6), routers to public")


for phase in sys.argv[1:]:
    {"identity": phase_identity, "resources": phase_resources}[phase]()
