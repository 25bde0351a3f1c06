package org.gluster.restapi.openapi;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** A person who opens the node's address, or the explorer without its slash, lands in the explorer. */
@WebServlet(urlPatterns = {"", "/rest/explorer"})
public class ExplorerRedirect extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/rest/explorer/");
    }
}
