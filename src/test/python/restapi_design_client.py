# The GlusterFS REST API design's example client, as the design prints it, adapted to Python 3 only where needed
# (.encode() before hashing) and to take its base URL, app id and secret from the environment.
import hashlib
import os
from datetime import datetime, timedelta
import jwt
import requests
APP_ID = os.environ.get("APP_ID", "myapp")
APP_SECRET = os.environ.get("APP_SECRET", "myappsecret")
BASE_URL = os.environ.get("BASE_URL", "http://localhost:8080")
URL = "/v1/volumes"
qsh_data = "GET\n" + URL
qsh = hashlib.sha256(qsh_data.encode()).hexdigest()
claims = {
"iss": APP_ID,
"qsh": qsh,
"iat": datetime.utcnow(),
"exp": datetime.utcnow() + timedelta(minutes=5)
}
token = jwt.encode(claims, APP_SECRET, algorithm='HS256')
headers = {
"Authorization": "Bearer {0}".format(token)
}
volinfo = requests.get(BASE_URL + URL, headers=headers)
print(volinfo.status_code)
print(volinfo.text)
