"""The short flow of GeneratedClientIT through the Python client OpenAPI Generator makes (-g python),
used as it comes: python3 generated_client_flow.py BASE USER PASSWORD BRICK1 BRICK2 (the client on PYTHONPATH)."""
import sys
import time

import glusterrestd_client as g
from glusterrestd_client.exceptions import ApiException

base, user, password, brick1, brick2 = sys.argv[1:6]
volume = "itgenpy"


def check(condition, what):
    if not condition:
        raise AssertionError(what)
    print("ok:", what.split(":")[0])


client = g.ApiClient(g.Configuration(host=base))
token = g.AuthApi(client).login(x_auth_username=user, x_auth_password=password).token
client = g.ApiClient(g.Configuration(host=base, api_key={"sessionToken": token}))
volumes, bricks, jobs = g.VolumesApi(client), g.BricksApi(client), g.JobsApi(client)

created = volumes.create_volume(volume_create_request=g.VolumeCreateRequest(
    name=volume, bricks=[brick1], force=True, options={"performance.cache-size": "32MB"}))
check(created.status == "Created" and created.options["performance.cache-size"] == "32MB", f"created: {created}")
check(volumes.get_volume(volume).brick_count == 1, "read")
check(volumes.start_volume(volume, force_request=g.ForceRequest()).status == "Started", "started")
listed = [v for v in volumes.list_volumes(status="1") if v.name == volume]
check(len(listed) == 1 and listed[0].live is not None, f"listed with its status: {listed}")
check(volumes.stop_volume(volume, force_request=g.ForceRequest(force=True)).status == "Stopped", "stopped")

job = volumes.start_volume_async(volume, force_request=g.ForceRequest())
deadline = time.monotonic() + 120
while job.state in ("queued", "running") and time.monotonic() < deadline:
    time.sleep(0.2)
    job = jobs.get_job(job.id)
check(job.state == "succeeded" and job.result["status"] == "Started", f"started as a job: {job}")

volumes.set_volume_options(volume, options_request=g.OptionsRequest(options={"performance.cache-size": "64MB"}))
option = volumes.get_volume_option(volume, "performance.cache-size")
check(option.value == "64MB" and option.default is False, f"option set: {option}")
check(any(o.default for o in volumes.list_volume_options(volume)), "options listed, some default")
volumes.reset_volume_option(volume, "performance.cache-size")
check(volumes.get_volume_option(volume, "performance.cache-size").default is True, "option reset")

check(bricks.add_bricks(volume, add_bricks_request=g.AddBricksRequest(bricks=[brick2], force=True)).brick_count == 2,
      "brick added")
check(len(bricks.list_bricks(volume, detail="1")) == 2, "bricks listed")
check(any(p.var_self for p in g.PeersApi(client).list_peers()), "peers listed")
commands = g.CommandTargetsApi(client)
check(volume in str(commands.volume_list()), "command target volume-list")
check(any(row["name"] == user for row in commands.lsuser()), "command target lsuser")

volumes.stop_volume(volume, force_request=g.ForceRequest(force=True))
volumes.delete_volume(volume)
try:
    volumes.get_volume(volume)
    raise AssertionError("the deleted volume is still there")
except ApiException as e:
    problem = g.Problem.from_json(e.body)
    check(e.status == 404 and problem.status == 404 and problem.instance == "/v1/volumes/" + volume,
          f"a typed problem: {problem}")
print("the generated Python client ran the flow")
